/**
 * Result code format v1 — the JSON inside a code (docs/RESULT-CODE.md describes it for other programs;
 * docs/result-code.schema.json is generated from this schema). Stable like the scenario format: extend
 * with optional keys, never rename or drop one.
 */
import * as v from 'valibot';

export const RESULT_FORMAT = 'crisis-table/result';
export const RESULT_VERSION = 1;
/** The code's text begins `CTR1.`: Crisis Table Result, format version 1. */
export const RESULT_PREFIX = 'CTR1';
export const MAX_STUDENT_NAME = 100;
/** Far more than any scenario's longest play; a code past this was not made by the game. */
const MAX_STEPS = 5000;

const HASH = /^[0-9a-f]{16}$/;
/** An ISO 8601 instant in UTC, as Date.prototype.toISOString writes it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const name = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is too long'));
const instant = v.pipe(v.string(), v.regex(INSTANT, 'must be a UTC time like 2026-12-02T09:15:00.000Z'));
/** Milliseconds from `started` to the step. */
const ms = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

const CodeStepSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('choose'), node: name, choice: name, ms }),
  v.strictObject({ kind: v.literal('answer'), node: name, option: v.pipe(v.number(), v.integer(), v.minValue(0)), ms }),
  v.strictObject({ kind: v.literal('continue'), node: name, ms }),
]);

export const ResultCodeSchema = v.strictObject({
  format: v.literal(RESULT_FORMAT),
  resultVersion: v.literal(RESULT_VERSION),
  /** The assignment's id (16 hex digits), or null for a play outside any assignment. */
  assignment: v.nullable(v.pipe(v.string(), v.regex(HASH, 'must be 16 hex digits'))),
  /** A teacher's trial run of the assignment: shown, never counted. */
  trial: v.boolean(),
  student: v.pipe(v.string(), v.maxLength(MAX_STUDENT_NAME, `may be at most ${MAX_STUDENT_NAME} characters`)),
  scenario: v.strictObject({ id: name, version: name, hash: v.pipe(v.string(), v.regex(HASH, 'must be 16 hex digits')) }),
  attempt: v.pipe(v.number(), v.integer(), v.minValue(1, 'starts at 1')),
  started: instant,
  finished: instant,
  /** How many times the player took a decision back. */
  undos: v.pipe(v.number(), v.integer(), v.minValue(0)),
  steps: v.pipe(v.array(CodeStepSchema), v.maxLength(MAX_STEPS, `may hold at most ${MAX_STEPS} steps`)),
  claimed: v.strictObject({ ending: name, score: v.number() }),
});

export type ResultCode = v.InferOutput<typeof ResultCodeSchema>;
export type CodeStep = v.InferOutput<typeof CodeStepSchema>;
