/**
 * Verification by replay: a code's steps are played again through the engine, and the ending, meters,
 * quiz answers and score recomputed. It proves the play is one the scenario allows and that the claimed
 * result is that play's — not who played it (see VERIFICATION_LIMIT).
 */
import { Play, type PlayResult } from '../engine';
import type { ResultCode } from './code-schema';
import type { Damage } from './sealed-text';
import type { ScenarioLibrary } from './library';
import { decodeResultCode, engineStep } from './result-code';
import type { ResultStatus } from './statuses';
import { otherAssignmentMessage } from './wording';

export interface Verification {
  status: ResultStatus;
  /** Why, in plain words, and what to do when something is wrong. */
  message: string;
  /** The code as given (trimmed); the same text twice is the same submission. */
  text: string;
  /** The code's content, whenever it could be read (all but damaged and a malformed invalid). */
  code?: ResultCode;
  /** The replay's result: for verified and altered codes. */
  replay?: PlayResult;
  /** Where a damaged code was hurt: cut short, or characters changed. */
  damage?: Damage;
  /** For an invalid play: the 0-based index of the first step the scenario does not allow. */
  invalidStep?: number;
}

export interface VerifyOptions {
  /** The assignment the codes were collected for; a code of another one says so. */
  assignmentId?: string;
}

export function verifyCode(text: string, library: ScenarioLibrary, options: VerifyOptions = {}): Verification {
  const trimmed = text.trim();
  const decoded = decodeResultCode(trimmed);
  if (!decoded.ok) {
    return decoded.problem === 'damaged'
      ? { status: 'damaged', message: decoded.message, text: trimmed, damage: decoded.damage }
      : { status: 'invalid', message: decoded.message, text: trimmed };
  }
  const { code } = decoded;
  const base = { text: trimmed, code };
  if (options.assignmentId !== undefined && code.assignment !== options.assignmentId) {
    return { status: 'other-assignment', message: otherAssignmentMessage(code.assignment, options.assignmentId), ...base };
  }
  const { id, version, hash } = code.scenario;
  const versions = library.versionsOf(id);
  if (versions.length === 0)
    return {
      status: 'unknown-scenario',
      message: `The scenario "${id}" is not one these tools hold; add its file to verify this code.`,
      ...base,
    };
  const entry = library.find(id, hash);
  if (!entry) {
    const kept = versions.map((e) => e.compiled.scenario.version).join(', ');
    const sameLabel = versions.some((e) => e.compiled.scenario.version === version);
    const which = sameLabel
      ? `a text of version ${version} of "${id}" that differs from the one kept here (its hash is ${hash})`
      : `version ${version} of "${id}"`;
    return {
      status: 'other-version',
      message: `This code was made with ${which}; the versions kept here are ${kept}. Its claimed result (ending "${code.claimed.ending}", score ${code.claimed.score}) is unverified.`,
      ...base,
    };
  }
  const replayed = Play.replay(entry.compiled, code.steps.map(engineStep));
  if (!replayed.ok) {
    return {
      status: 'invalid',
      message: `Not a real play: ${replayed.message}.`,
      invalidStep: replayed.at,
      ...base,
    };
  }
  const replay = replayed.play.result;
  replayed.play.stop();
  if (!replay) return { status: 'invalid', message: 'Not a real play: its steps stop before any ending.', ...base };
  const claimed = code.claimed;
  if (claimed.ending !== replay.ending || claimed.score !== replay.score) {
    return {
      status: 'altered',
      message: `The claimed result (ending "${claimed.ending}", score ${claimed.score}) is not what its steps give (ending "${replay.ending}", score ${replay.score}).`,
      replay,
      ...base,
    };
  }
  return { status: 'verified', message: 'Verified: the steps replay to the claimed ending and score.', replay, ...base };
}
