/** Real plays of the shipped scenarios for the result-code tests, and the library they verify against. */
import type { PlayResult } from '../../../src/core/engine';
import { libraryOfFiles, makeResultCode, type PlayRecord, type ScenarioLibrary } from '../../../src/core/results';
import { readScenarioTree } from '../../../src/cli/files';
import { scenariosDir } from '../../scenarios/scenario-files';

export { playBy } from '../../../scripts/bench/result-codes';

export function shippedLibrary(): ScenarioLibrary {
  const { library, problems } = libraryOfFiles(readScenarioTree(scenariosDir));
  if (problems.length > 0) throw new Error(`scenario files do not validate: ${problems.map((p) => p.path).join(', ')}`);
  return library;
}

export function recordOf(result: PlayResult, overrides: Partial<PlayRecord> = {}): PlayRecord {
  const started = new Date('2026-12-01T09:00:00.000Z');
  return {
    result,
    student: 'Ada Lovelace',
    assignment: '0123456789abcdef',
    attempt: 1,
    started,
    finished: new Date(started.getTime() + 1000 * (result.steps.length + 1)),
    stepTimes: result.steps.map((_, i) => 1000 * (i + 1)),
    ...overrides,
  };
}

export function codeOf(result: PlayResult, overrides: Partial<PlayRecord> = {}): string {
  return makeResultCode(recordOf(result, overrides));
}
