import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../src/app/catalog';
import { scenarioCards } from '../../../scripts/vite/scenario-cards';
import { scenariosDir } from '../../scenarios/scenario-files';

const dir = mkdtempSync(path.join(tmpdir(), 'scenario-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the plugin's hooks as Vite would and evaluates the module it produces. */
async function manifestOf(plugin: Plugin): Promise<{ entries: CatalogEntry[]; watched: string[] }> {
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string | null>;
  const id = resolveId('virtual:scenario-cards');
  expect(id).not.toBeNull();
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  const code = await load.call(context, id!);
  const json = code?.replace(/^export default /, '').replace(/;$/, '');
  return { entries: JSON.parse(json ?? 'null') as CatalogEntry[], watched };
}

describe('the scenario-cards plugin (the menu manifest made at build time)', () => {
  it('gives every scenario file a card, a broken file its first error, and leaves out the schema and the scenario texts', async () => {
    copyFileSync(path.join(scenariosDir, 'press-room-week.json'), path.join(dir, 'press-room-week.json'));
    copyFileSync(path.join(scenariosDir, 'scenario.schema.json'), path.join(dir, 'scenario.schema.json'));
    writeFileSync(path.join(dir, 'draft.json'), '{\n  "format": "crisis-table/scenario",\n  "id": \n');
    const { entries, watched } = await manifestOf(scenarioCards(dir));
    // In the order of the week: dated scenarios first, a broken file (no date to read) after them.
    expect(entries.map((e) => e.file)).toEqual(['press-room-week.json', 'draft.json']);
    const [press, draft] = entries;
    expect(draft).toMatchObject({ id: 'draft', file: 'draft.json' });
    expect(draft?.error).toMatch(/^draft\.json:\d+:\d+ /);
    expect(press?.card?.title.length).toBeGreaterThan(0);
    expect(press?.card?.objectives.length).toBeGreaterThan(0);
    expect(press?.scenario).toBeUndefined();
    expect(watched.sort()).toEqual([path.join(dir, 'draft.json'), path.join(dir, 'press-room-week.json')]);
  });

  it('fails a production build on a broken file, naming the file, line, column and code of every error', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'scenario-cards-build-'));
    const scenarios = path.join(root, 'scenarios');
    try {
      mkdirSync(scenarios);
      copyFileSync(path.join(scenariosDir, 'geneva-us-delegation.json'), path.join(scenarios, 'geneva-us-delegation.json'));
      // Two errors in one file: two links to nodes that do not exist.
      const broken = readFileSync(path.join(scenariosDir, 'press-room-week.json'), 'utf8').replaceAll(
        '"next": "intro-',
        '"next": "nowhere-',
      );
      writeFileSync(path.join(scenarios, 'press-room-week.json'), broken);
      writeFileSync(
        path.join(root, 'main.js'),
        "import cards from 'virtual:scenario-cards';\nconsole.log(cards.map((c) => c.id).join());\n",
      );
      writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
      const run = build({ root, configFile: false, logLevel: 'silent', plugins: [scenarioCards(scenarios)], build: { write: false } });
      const failure = (await run.then(
        () => undefined,
        (error: unknown) => error,
      )) as Error | undefined;
      expect(failure, 'the build must fail').toBeInstanceOf(Error);
      const report = failure?.message ?? '';
      expect(report).toContain('scenario files with errors');
      const file = path.join(scenarios, 'press-room-week.json');
      const errorLines = report.split('\n').filter((line) => line.startsWith(`  ${file}:`));
      expect(errorLines).toHaveLength(2);
      for (const line of errorLines) expect(line).toMatch(/:\d+:\d+: E_REF \/nodes\/[a-z0-9-]+\/next: no node named 'nowhere-/);
      expect(report).not.toContain('geneva-us-delegation.json');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('builds when every file is sound', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'scenario-cards-build-'));
    const scenarios = path.join(root, 'scenarios');
    try {
      mkdirSync(scenarios);
      copyFileSync(path.join(scenariosDir, 'press-room-week.json'), path.join(scenarios, 'press-room-week.json'));
      writeFileSync(
        path.join(root, 'main.js'),
        "import cards from 'virtual:scenario-cards';\nconsole.log(cards.map((c) => c.id).join());\n",
      );
      writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
      const output = await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [scenarioCards(scenarios)],
        build: { write: false },
      });
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
      expect(chunks.some((chunk) => chunk.type === 'chunk' && chunk.code.includes('press-room-week'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('answers only for its own module', () => {
    const resolveId = scenarioCards(dir).resolveId as (id: string) => string | null;
    expect(resolveId('./main.ts')).toBeNull();
  });
});
