import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
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
  const code = await load.call({ addWatchFile: (file) => watched.push(file) }, id!);
  const json = code?.replace(/^export default /, '').replace(/;$/, '');
  return { entries: JSON.parse(json ?? 'null') as CatalogEntry[], watched };
}

describe('the scenario-cards plugin (the menu manifest made at build time)', () => {
  it('gives every scenario file a card, a broken file its first error, and leaves out the schema and the scenario texts', async () => {
    copyFileSync(path.join(scenariosDir, 'press-room-week.json'), path.join(dir, 'press-room-week.json'));
    copyFileSync(path.join(scenariosDir, 'scenario.schema.json'), path.join(dir, 'scenario.schema.json'));
    writeFileSync(path.join(dir, 'draft.json'), '{\n  "format": "crisis-table/scenario",\n  "id": \n');
    const { entries, watched } = await manifestOf(scenarioCards(dir));
    expect(entries.map((e) => e.file)).toEqual(['draft.json', 'press-room-week.json']);
    const [draft, press] = entries;
    expect(draft).toMatchObject({ id: 'draft', file: 'draft.json' });
    expect(draft?.error).toMatch(/^draft\.json:\d+:\d+ /);
    expect(press?.card?.title.length).toBeGreaterThan(0);
    expect(press?.card?.objectives.length).toBeGreaterThan(0);
    expect(press?.scenario).toBeUndefined();
    expect(watched.sort()).toEqual([path.join(dir, 'draft.json'), path.join(dir, 'press-room-week.json')]);
  });

  it('answers only for its own module', () => {
    const resolveId = scenarioCards(dir).resolveId as (id: string) => string | null;
    expect(resolveId('./main.ts')).toBeNull();
  });
});
