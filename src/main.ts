/**
 * The page: wires the app controller to the accessible DOM layer, the Phaser canvas, the settings,
 * sound and read-aloud, then loads the scenarios. The DOM layer comes first and never depends on the
 * canvas: if the canvas cannot start, the game is played in the DOM alone.
 */
import './dom/layer.css';
import { buildCatalog } from './app/catalog';
import { AppController } from './app/controller';
import { canvasRegistry, installInspector } from './app/inspector';
import { loadScenarioTexts } from './app/scenario-files';
import { ambienceFor, cuesFor } from './app/sound-cues';
import type { AppView } from './app/view';
import { createSoundBoard } from './audio/sound-board';
import { noCanvas } from './dom/canvas-link';
import { mountDomLayer } from './dom/dom-layer';
import { createReadAloud } from './dom/read-aloud';
import { mountSettingsPanel } from './dom/settings-panel';
import { mountSoundControls } from './dom/sound-controls';
import { SettingsStore } from './settings/settings-store';

const CANVAS_FAILURE = 'The animated view could not start on this device (WebGL is unavailable), so the game is shown here as a page. Everything can still be played.';

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

// The scenario files, the validator and the engine are not needed to draw the first screen: their
// download starts now, beside the canvas's, and they are used once it is up.
const scenarioTexts = loadScenarioTexts();
const validatorModule = import('./app/validate-for-play');
const engineModule = import('./core/engine');

const storage = browserStorage();
const settings = SettingsStore.load(storage);
const controller = new AppController({
  storage,
  loadCatalog: async (onProgress) => {
    const [{ validateForPlay }, texts] = await Promise.all([validatorModule, scenarioTexts]);
    return buildCatalog(texts, validateForPlay, onProgress);
  },
  loadEngine: () => engineModule,
});

const settingsPanel = mountSettingsPanel(element('controls'), settings);
mountSoundControls(element('controls'), settings, () => settingsPanel.open());
const readAloud = createReadAloud(settings);
const layer = mountDomLayer(
  { root: element('ui'), logRegion: element('story-log'), controller, settings, speak: (text) => readAloud.speak(text) },
  noCanvas(canvasRegistry),
);

let canvasRunning = false;
installInspector(window, controller, canvasRegistry, { canvasRunning: () => canvasRunning, domSettled: () => layer.rendered() });

const sound = createSoundBoard(settings);
let heard: AppView | undefined;
controller.subscribe(() => {
  const view = controller.view;
  if (view === heard) return;
  for (const cue of cuesFor(heard, view)) sound.play(cue);
  sound.setAmbience(ambienceFor(view));
  heard = view;
});

async function startCanvas(): Promise<void> {
  const parent = element('game');
  try {
    const { createGame } = await import('./game/create-game');
    const game = await createGame({ parent, controller, settings, registry: canvasRegistry });
    canvasRunning = true;
    layer.attachCanvas({ registry: canvasRegistry, running: () => canvasRunning, element: () => game.game.canvas });
  } catch {
    parent.hidden = true;
    layer.showCanvasFailure(CANVAS_FAILURE);
  }
}

// Loading waits for the canvas (or its failure) so the canvas's loading scene is the first view it
// shows; a catalog that finished first would leave that scene behind the menu.
void startCanvas().then(() => controller.load());
