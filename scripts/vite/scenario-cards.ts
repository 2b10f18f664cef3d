/**
 * Vite plugin: the module `virtual:scenario-cards`, the menu's manifest. At build time (and on every
 * change while `npm run dev` runs) it reads each scenario file, validates it as the game does and keeps
 * only its card or first error, so the first screen needs neither the scenario texts nor the validator.
 * Adding a file to scenarios/ is still all it takes to add a card.
 *
 * A broken file is reported in the terminal with every diagnostic the validator gives: `vite build`
 * fails on it (a shipped menu must not offer a card that cannot open), while `npm run dev` keeps
 * serving, with the card's error, so the author can fix the file and see it reload.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Logger, type Plugin } from 'vite';
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

/** Every error of each broken file, one `file:line:column: CODE /path: message` line each, under a heading. */
export function brokenFilesReport(
  scenariosDir: string,
  texts: readonly { file: string; text: string }[],
  validate: ValidateForPlay['validateForPlay'],
): string | undefined {
  const lines: string[] = [];
  for (const { file, text } of texts) {
    const { diagnostics, scenario } = validate(text, { file: path.join(scenariosDir, file) });
    if (scenario) continue;
    for (const d of diagnostics.filter((d) => d.severity === 'error'))
      lines.push(`  ${d.file}:${d.line}:${d.column}: ${d.code} ${d.path || '(root)'}: ${d.message}`);
  }
  if (lines.length === 0) return undefined;
  return `scenario files with errors (run \`npm run validate\` for the full report):\n${lines.join('\n')}`;
}

export function scenarioCards(scenariosDir: string): Plugin {
  const isScenarioPath = (file: string): boolean => path.dirname(file) === scenariosDir && isScenarioFileName(path.basename(file));
  let building = false;
  let logger: Logger | undefined;
  return {
    name: 'crisis-table:scenario-cards',
    configResolved(config) {
      building = config.command === 'build';
      logger = config.logger;
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const validateForPlay = await loadValidator();
      const files = readdirSync(scenariosDir).filter(isScenarioFileName);
      for (const file of files) this.addWatchFile(path.join(scenariosDir, file));
      const texts = files.map((file) => ({ file, text: readFileSync(path.join(scenariosDir, file), 'utf8') }));
      const broken = brokenFilesReport(scenariosDir, texts, validateForPlay);
      if (broken && building) this.error(broken);
      if (broken) (logger ?? console).error(broken);
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
