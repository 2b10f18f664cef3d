/**
 * The page's entry, kept small: it draws the first screen at once — the settings and sound buttons,
 * and the menu from the build-time cards and the saves (first-screen.ts) — then loads the app
 * (start-app.ts: XState, the app machine, the controller, the DOM layer), which takes the first
 * screen over as it stands. On a slow school Chromebook the menu is up while the app still downloads,
 * and a card pressed meanwhile is kept and opened once the app is there.
 */
import './dom/layer.css';
import scenarioCards from 'virtual:scenario-cards';
import { parseRoute } from './app/route';
import { SaveStore } from './app/saves';
import { drawFirstScreen } from './dom/first-screen';
import { showNotice } from './dom/layer-frame';
import { mountSettingsPanel } from './dom/settings-panel';
import { mountSoundControls } from './dom/sound-controls';
import { SettingsStore } from './settings/settings-store';

/** Said when the app itself could not be downloaded: the menu is up, but nothing on it can be opened. */
const APP_UNLOADABLE = 'The game could not finish downloading. Check the connection, then reload the page.';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

/** localStorage, or null where the browser blocks it (some school policies, sandboxed frames). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = browserStorage();
const settings = SettingsStore.load(storage);
// First, so the text size and contrast are set before anything is drawn.
const settingsPanel = mountSettingsPanel(element('controls'), settings);
mountSoundControls(element('controls'), settings, () => settingsPanel.open());
const first = drawFirstScreen(
  { root: element('ui'), logRegion: element('story-log'), canvasParent: element('game') },
  parseRoute(window.location.hash),
  scenarioCards,
  new SaveStore(storage),
);
import('./start-app').then(
  ({ startApp }) => startApp({ storage, settings, first }),
  () => showNotice(first.frame.appNotice, APP_UNLOADABLE),
);
