import { AppController } from '../../app/controller';
import { buildCatalog } from '../../app/catalog';
import { canvasRegistry, installInspector } from '../../app/inspector';
import { loadScenarioTexts } from '../../app/scenario-files';
import { SettingsStore } from '../../settings/settings-store';
import { createGame } from '../create-game';

const controller = new AppController({
  storage: localStorage,
  loadCatalog: async (p) => {
    const { validateForPlay } = await import('../../app/validate-for-play');
    return buildCatalog(await loadScenarioTexts(), validateForPlay, p);
  },
  loadEngine: async () => {
    const e = await import('../../core/engine');
    return { compileScenario: e.compileScenario, Play: e.Play };
  },
});
const settings = SettingsStore.load();
let running = false;
installInspector(window, controller, canvasRegistry, { canvasRunning: () => running, domSettled: () => true });
(window as any).controller = controller;
(window as any).settingsStore = settings;
void createGame({ parent: document.getElementById('game')!, controller, settings, registry: canvasRegistry }).then((g) => { (window as any).__game = g.game; running = true; void controller.load(); });
