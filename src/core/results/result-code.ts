/** Writing and reading result codes: `CTR1.<crc32>.<base64url of raw DEFLATE of the JSON>`. */
import * as v from 'valibot';
import type { PlayResult, Step } from '../engine';
import {
  MAX_STUDENT_NAME,
  RESULT_FORMAT,
  RESULT_PREFIX,
  RESULT_VERSION,
  ResultCodeSchema,
  type CodeStep,
  type ResultCode,
} from './code-schema';
import { parseJson, seal, unseal, type Damage } from './sealed-text';

/** A code holds a play, not a scenario: a megabyte of JSON is already far past any real one. */
const MAX_CODE_JSON_BYTES = 1024 * 1024;

export interface PlayRecord {
  result: PlayResult;
  student: string;
  /** The assignment's id, or null for free play. */
  assignment: string | null;
  trial?: boolean;
  attempt: number;
  started: Date;
  finished: Date;
  undos?: number;
  /** Milliseconds from the start to each of result.steps; missing times count as at the finish. */
  stepTimes: readonly number[];
}

export function resultCodeOf(record: PlayRecord): ResultCode {
  const { result } = record;
  const total = Math.max(0, record.finished.getTime() - record.started.getTime());
  return {
    format: RESULT_FORMAT,
    resultVersion: RESULT_VERSION,
    assignment: record.assignment,
    trial: record.trial ?? false,
    student: clippedName(record.student),
    scenario: { id: result.scenarioId, version: result.scenarioVersion, hash: result.scenarioHash },
    attempt: record.attempt,
    started: record.started.toISOString(),
    finished: record.finished.toISOString(),
    undos: record.undos ?? 0,
    steps: result.steps.map((step, i) => codeStep(step, Math.max(0, Math.round(record.stepTimes[i] ?? total)))),
    claimed: { ending: result.ending, score: result.score },
  };
}

/** At most MAX_STUDENT_NAME UTF-16 units, cut between characters (never inside a surrogate pair). */
function clippedName(name: string): string {
  let out = '';
  for (const char of name.trim()) {
    if (out.length + char.length > MAX_STUDENT_NAME) break;
    out += char;
  }
  return out;
}

function codeStep(step: Step, ms: number): CodeStep {
  switch (step.kind) {
    case 'choose':
      return { kind: 'choose', node: step.node, choice: step.choice, ms };
    case 'answer':
      return { kind: 'answer', node: step.node, option: step.option, ms };
    case 'continue':
      return { kind: 'continue', node: step.node, ms };
  }
}

/** The engine's step for a code's step (the time dropped). */
export function engineStep(step: CodeStep): Step {
  switch (step.kind) {
    case 'choose':
      return { kind: 'choose', node: step.node, choice: step.choice };
    case 'answer':
      return { kind: 'answer', node: step.node, option: step.option };
    case 'continue':
      return { kind: 'continue', node: step.node };
  }
}

export function encodeResultCode(code: ResultCode): string {
  return seal(RESULT_PREFIX, JSON.stringify(code));
}

export function makeResultCode(record: PlayRecord): string {
  return encodeResultCode(resultCodeOf(record));
}

export type DecodedCode =
  | { ok: true; code: ResultCode }
  /** The text was damaged on the way: cut short or a character changed (the checksum fails). */
  | { ok: false; problem: 'damaged'; damage: Damage; message: string }
  /** The checksum holds but the JSON is not a result code: made by hand, not by a play. */
  | { ok: false; problem: 'invalid'; message: string };

export function decodeResultCode(text: string): DecodedCode {
  const unsealed = unseal(RESULT_PREFIX, text.trim(), 'The result code', MAX_CODE_JSON_BYTES);
  if (!unsealed.ok) return { ok: false, problem: 'damaged', damage: unsealed.damage, message: unsealed.message };
  const parsed = parseJson(unsealed.json);
  if (!parsed.ok)
    return { ok: false, problem: 'invalid', message: `The result code's checksum holds but it is not JSON (${parsed.message}).` };
  const checked = v.safeParse(ResultCodeSchema, parsed.value);
  if (!checked.success) {
    const issue = checked.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') || 'the code';
    return { ok: false, problem: 'invalid', message: `The result code is not one the game makes: ${where} ${issue.message}.` };
  }
  return { ok: true, code: checked.output };
}
