/**
 * Result codes from real plays of the shipped scenarios: each shortest play to an ending (found by
 * tests/browser/ending-plays.ts) replayed through the engine and sealed by the results module, as the
 * game does at an ending. Tests use them where the student's side is not the thing under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileScenario, Play, type PlayResult } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model/schema';
import { makeResultCode } from '../../src/core/results';
import { validateScenarioText } from '../../src/core/validator';
import { findEndingPlays } from '../browser/ending-plays';
import { scenariosDir } from '../scenarios/scenario-files';

/**
 * The shipped scenarios as the game reads them (through the validator, whose output the content hash
 * in a code is taken of), in file-name order.
 */
export function shippedScenarios(): Scenario[] {
  return readdirSync(scenariosDir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      const { scenario } = validateScenarioText(readFileSync(path.join(scenariosDir, file), 'utf8'), { file, explorationLimit: 0 });
      if (!scenario) throw new Error(`${file} does not validate`);
      return scenario;
    });
}

export interface RealPlay {
  result: PlayResult;
  code: string;
}

export interface PlayOptions {
  student: string;
  assignment?: string | null;
  attempt?: number;
  trial?: boolean;
  /** When the play finished; it started 10 minutes before. */
  finished?: Date;
}

const playsCache = new Map<string, PlayResult[]>();

/** One finished play per reachable ending, shortest first found. */
export function endingResults(scenario: Scenario): PlayResult[] {
  const cached = playsCache.get(scenario.id);
  if (cached) return cached;
  const compiled = compileScenario(scenario);
  const results = findEndingPlays(scenario).map((play) => {
    const replayed = Play.replay(compiled, play.steps);
    if (!replayed.ok || !replayed.play.result) throw new Error(`${scenario.id}: the play to ${play.ending} does not replay`);
    return replayed.play.result;
  });
  playsCache.set(scenario.id, results);
  return results;
}

export function codeOf(result: PlayResult, options: PlayOptions): string {
  const finished = options.finished ?? new Date('2026-12-01T10:10:00.000Z');
  const started = new Date(finished.getTime() - 10 * 60_000);
  const span = finished.getTime() - started.getTime();
  return makeResultCode({
    result,
    student: options.student,
    assignment: options.assignment ?? null,
    trial: options.trial ?? false,
    attempt: options.attempt ?? 1,
    started,
    finished,
    stepTimes: result.steps.map((_, i) => Math.round(((i + 1) * span) / (result.steps.length + 1))),
  });
}
