/** Real plays of the shipped scenarios for the result-code tests, and the library they verify against. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Play, type CompiledScenario, type PlayResult } from '../../../src/core/engine';
import { libraryOfFiles, makeResultCode, type PlayRecord, type ScenarioLibrary } from '../../../src/core/results';
import { scenariosDir } from '../../scenarios/scenario-files';

/** scenarios/*.json and scenarios/previous/<id>/<version>.json, as path (relative) → text. */
export function scenarioFiles(dir = scenariosDir): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json'))
        files.push([child, readFileSync(path.join(dir, child), 'utf8')]);
    }
  };
  walk('');
  return files.sort(([a], [b]) => a.localeCompare(b));
}

export function shippedLibrary(): ScenarioLibrary {
  const { library, problems } = libraryOfFiles(scenarioFiles());
  if (problems.length > 0) throw new Error(`scenario files do not validate: ${problems.map((p) => p.path).join(', ')}`);
  return library;
}

/** Plays to an ending taking, at each input, the available choice or option `pick(n)` names (mod n). */
export function playBy(compiled: CompiledScenario, pick: (count: number, at: number) => number): PlayResult {
  const play = Play.start(compiled);
  for (let at = 0; !play.finished; at++) {
    if (at > 2000) throw new Error('the play did not end');
    const screen = play.screen;
    if (screen.kind === 'line') play.continue();
    else if (screen.kind === 'quiz') play.answer(pick(screen.options.length, at) % screen.options.length);
    else if (screen.kind === 'choice') {
      const open = screen.choices.filter((c) => c.available);
      play.choose(open[pick(open.length, at) % open.length]!.id);
    }
  }
  const result = play.result!;
  play.stop();
  return result;
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
