/**
 * The scenarios the teacher can assign: the ones the game ships (validated in the worker, which holds
 * them: see verify-worker.ts) and any file the teacher adds (a scenario shared from the studio, say),
 * checked by the same validator the game uses and kept on this device with the assignments that need it.
 */
import { contentHash } from '../core/model/hash';
import type { Scenario } from '../core/model/schema';
import { validateScenarioText } from '../core/validator';

export interface ShelfScenario {
  scenario: Scenario;
  file: string;
  text: string;
  hash: string;
  /** Shipped with the game, or a file the teacher added on this device. */
  origin: 'shipped' | 'teacher';
}

export type ShelfRead = { ok: true; entry: ShelfScenario } | { ok: false; message: string };

/** A file the teacher added (or a previous version the project keeps), read as a scenario. */
export function readScenarioFile(file: string, text: string): ShelfRead {
  // The name a teacher's download got ("scenario (1).json") need not match the id: without ".json" the
  // validator does not compare them.
  const { diagnostics, scenario } = validateScenarioText(text, { file: file.replace(/\.json$/i, ''), explorationLimit: 0 });
  if (!scenario) {
    const first = diagnostics.find((d) => d.severity === 'error');
    const where = first ? `line ${first.line}, column ${first.column}: ${first.message}` : 'it could not be read as a scenario';
    return { ok: false, message: `${file} is not a scenario the game can play (${where}).` };
  }
  return { ok: true, entry: { scenario, file, text, hash: contentHash(scenario), origin: 'teacher' } };
}

const previousFiles = import.meta.glob<string>('/scenarios/previous/*/*.json', { query: '?raw', import: 'default' });

/**
 * The scenario a code was made with, by id and version: one on the shelf, else a previous version the
 * project keeps (scenarios/previous/<id>/<version>.json, fetched when first asked for), else none.
 */
export async function scenarioOfVersion(shelf: readonly ShelfScenario[], id: string, version: string): Promise<Scenario | undefined> {
  const onShelf = shelf.find((entry) => entry.scenario.id === id && entry.scenario.version === version);
  if (onShelf) return onShelf.scenario;
  const path = `/scenarios/previous/${id}/${version}.json`;
  const load = Object.hasOwn(previousFiles, path) ? previousFiles[path] : undefined;
  if (!load) return undefined;
  const read = readScenarioFile(`${version}.json`, await load());
  return read.ok ? read.entry.scenario : undefined;
}
