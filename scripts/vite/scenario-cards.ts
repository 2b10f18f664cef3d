/**
 * Vite plugin: the module `virtual:scenario-cards`, the menu's manifest. At build time (and on every
 * change while `npm run dev` runs) it reads each scenario file, validates it as the game does and keeps
 * only its card or first error, so the first screen needs neither the scenario texts nor the validator.
 * Adding a file to scenarios/ is still all it takes to add a card.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { cardManifest, isScenarioFileName } from '../../src/app/catalog.ts';

type ValidateForPlay = typeof import('../../src/app/validate-for-play');

/**
 * The game's validator, loaded through Vite (it is TypeScript with extensionless imports, which
 * Vite's native config loader cannot follow from a config file).
 */
async function loadValidator(): Promise<ValidateForPlay['validateForPlay']> {
  const entry = fileURLToPath(new URL('../../src/app/validate-for-play.ts', import.meta.url));
  return (await runnerImport<ValidateForPlay>(entry, { configFile: false, logLevel: 'silent' })).module.validateForPlay;
}

const MODULE_ID = 'virtual:scenario-cards';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function scenarioCards(scenariosDir: string): Plugin {
  const isScenarioPath = (file: string): boolean => path.dirname(file) === scenariosDir && isScenarioFileName(path.basename(file));
  return {
    name: 'crisis-table:scenario-cards',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const validateForPlay = await loadValidator();
      const files = readdirSync(scenariosDir).filter(isScenarioFileName);
      for (const file of files) this.addWatchFile(path.join(scenariosDir, file));
      const texts = files.map((file) => ({ file, text: readFileSync(path.join(scenariosDir, file), 'utf8') }));
      return `export default ${JSON.stringify(cardManifest(texts, validateForPlay))};`;
    },
    configureServer(server) {
      // A new or deleted file changes the manifest as much as an edited one does.
      const refresh = (file: string): void => {
        if (!isScenarioPath(file)) return;
        const manifest = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (manifest) server.moduleGraph.invalidateModule(manifest);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(scenariosDir);
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, refresh);
    },
  };
}
