/**
 * Assignments: what a teacher sets, carried whole in the game's URL fragment (`#assign=<payload>`), so
 * no server ever sees it. Its id is a hash of its content: a link someone edited is another
 * assignment, and its codes do not pass for this one's.
 */
import * as v from 'valibot';
import { contentHash } from '../model/hash';
import type { Scenario } from '../model/schema';
import { validateScenarioText, type Diagnostic } from '../validator';
import { parseJson, seal, unseal, type Damage } from './sealed-text';

const ASSIGNMENT_FORMAT = 'crisis-table/assignment';
const ASSIGNMENT_VERSION = 1;
/** The payload begins `CTA1.`: Crisis Table Assignment, format version 1. */
export const ASSIGNMENT_PREFIX = 'CTA1';
export const ASSIGN_FRAGMENT_KEY = 'assign';
/** A link holds whole scenario files shared from the studio; 8 MB of them is past any real lesson. */
const MAX_ASSIGNMENT_JSON_BYTES = 8 * 1024 * 1024;
export const ATTEMPT_CHOICES = [1, 2, 3, null] as const;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const AssignmentScenarioSchema = v.union([
  v.strictObject({ id: v.pipe(v.string(), v.minLength(1, 'must not be empty')) }),
  /** The whole text of a scenario file that is not shipped (one shared from the studio). */
  v.strictObject({ file: v.pipe(v.string(), v.minLength(1, 'must not be empty')) }),
]);

const AssignmentSchema = v.strictObject({
  format: v.literal(ASSIGNMENT_FORMAT),
  assignmentVersion: v.literal(ASSIGNMENT_VERSION),
  class: v.pipe(v.string(), v.maxLength(100, 'may be at most 100 characters')),
  note: v.pipe(v.string(), v.maxLength(2000, 'may be at most 2,000 characters')),
  due: v.nullable(v.pipe(v.string(), v.regex(DATE, 'must be a date like 2026-12-24'))),
  scenarios: v.pipe(
    v.array(AssignmentScenarioSchema),
    v.minLength(1, 'must name at least one scenario'),
    v.maxLength(30, 'may hold at most 30'),
  ),
  options: v.strictObject({
    undo: v.boolean(),
    feedback: v.picklist(['during', 'end']),
    showScore: v.boolean(),
    /** null: unlimited. */
    attempts: v.nullable(v.picklist([1, 2, 3])),
  }),
  /** A teacher's trial run: marked in the banner and the codes, never counted. Not part of the id. */
  trial: v.optional(v.boolean()),
});

export type AssignmentContent = v.InferOutput<typeof AssignmentSchema>;
export type AssignmentOptions = AssignmentContent['options'];

export type AssignmentScenario =
  | { kind: 'shipped'; id: string }
  /** A scenario file carried in the link; `scenario` is the validated file, `text` exactly as sent. */
  | { kind: 'file'; id: string; text: string; scenario: Scenario };

export interface Assignment {
  /** 16 hex digits: the hash of the content (the trial flag left out, so a trial shares the id). */
  id: string;
  content: AssignmentContent;
  scenarios: AssignmentScenario[];
  trial: boolean;
}

export interface AssignmentInput {
  className: string;
  note: string;
  due: string | null;
  /** In order: a shipped scenario's id, or a non-shipped file's whole text. */
  scenarios: ({ id: string } | { file: string })[];
  options: AssignmentOptions;
  trial?: boolean;
}

/** The content in a fixed key order, so the same assignment always hashes the same. */
export function assignmentContent(input: AssignmentInput): AssignmentContent {
  return {
    format: ASSIGNMENT_FORMAT,
    assignmentVersion: ASSIGNMENT_VERSION,
    class: input.className,
    note: input.note,
    due: input.due,
    scenarios: input.scenarios.map((s) => ('file' in s ? { file: s.file } : { id: s.id })),
    options: {
      undo: input.options.undo,
      feedback: input.options.feedback,
      showScore: input.options.showScore,
      attempts: input.options.attempts,
    },
    ...(input.trial ? { trial: true } : {}),
  };
}

export function assignmentId(content: AssignmentContent): string {
  // valibot's output and assignmentContent both list keys in the schema's order.
  const { trial: _trial, ...counted } = content;
  return contentHash(counted);
}

/** The fragment's payload (what follows `#assign=`). */
export function encodeAssignment(input: AssignmentInput): string {
  return seal(ASSIGNMENT_PREFIX, JSON.stringify(assignmentContent(input)));
}

/** The whole link: the game's page address with the assignment in its fragment. */
export function assignmentLink(input: AssignmentInput, gameUrl: string): string {
  return `${gameUrl.replace(/#.*$/, '')}#${ASSIGN_FRAGMENT_KEY}=${encodeAssignment(input)}`;
}

export type DecodedAssignment =
  | { ok: true; assignment: Assignment }
  | { ok: false; damage: Damage | 'not-an-assignment' | 'bad-scenario'; message: string; diagnostics?: Diagnostic[] };

/**
 * Reads an assignment from a whole link, a fragment (`#assign=…`) or the bare payload. Scenario files
 * carried in the link are validated here; whether a shipped id exists is the caller's to check.
 */
export function decodeAssignment(linkOrPayload: string): DecodedAssignment {
  const payload = payloadOf(linkOrPayload.trim());
  const unsealed = unseal(ASSIGNMENT_PREFIX, payload, 'The assignment link', MAX_ASSIGNMENT_JSON_BYTES);
  if (!unsealed.ok) return { ok: false, damage: unsealed.damage, message: unsealed.message };
  const parsed = parseJson(unsealed.json);
  const checked = parsed.ok ? v.safeParse(AssignmentSchema, parsed.value) : undefined;
  if (!checked?.success) {
    const issue = checked?.issues[0];
    const where = issue?.path?.map((item) => String(item.key)).join('.');
    const detail = issue ? `${where ?? 'it'} ${issue.message}` : 'it is not JSON';
    return { ok: false, damage: 'not-an-assignment', message: `The assignment link is not one the teacher's page makes: ${detail}.` };
  }
  const content = checked.output;
  const scenarios: AssignmentScenario[] = [];
  for (const [index, entry] of content.scenarios.entries()) {
    if ('id' in entry) {
      scenarios.push({ kind: 'shipped', id: entry.id });
      continue;
    }
    const { scenario, diagnostics } = validateScenarioText(entry.file, {
      file: `scenario ${index + 1} of the assignment`,
      explorationLimit: 0,
    });
    if (!scenario) {
      const first = diagnostics.find((d) => d.severity === 'error');
      return {
        ok: false,
        damage: 'bad-scenario',
        message: `Scenario ${index + 1} in the assignment link is not a valid scenario file${first ? ` (line ${first.line}: ${first.message})` : ''}; ask the teacher for a new link.`,
        diagnostics,
      };
    }
    scenarios.push({ kind: 'file', id: scenario.id, text: entry.file, scenario });
  }
  return { ok: true, assignment: { id: assignmentId(content), content, scenarios, trial: content.trial ?? false } };
}

function payloadOf(text: string): string {
  const hash = text.indexOf('#');
  const fragment = hash >= 0 ? text.slice(hash + 1) : text;
  const key = `${ASSIGN_FRAGMENT_KEY}=`;
  return fragment.startsWith(key) ? fragment.slice(key.length) : fragment;
}
