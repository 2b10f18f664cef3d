/**
 * Scenario format v1: the one source of truth for the TypeScript types, the runtime shape check
 * and the JSON Schema shipped to authors (`scripts/write-schema.ts`).
 *
 * Cross-references (does `next` exist? is the id kebab-case?) are not expressed here: the validator
 * checks them with positions and suggestions. This file fixes shapes, ranges and allowed keys.
 * Keys starting with `x-` are the author's own; the validator removes them before this check.
 */
import * as v from 'valibot';

export const FORMAT = 'crisis-table/scenario';
export const FORMAT_VERSION = 1;
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

const SourceRefSchema = v.strictObject({
  ref: id,
  quote: text,
});

// Conditions have their own module, which owns everything about them; the format gathers them here.
export { ConditionSchema, type Condition } from './conditions';
import { ConditionSchema } from './conditions';

const EffectsSchema = v.strictObject({
  meters: v.optional(v.record(v.string(), v.number())),
  flags: v.optional(v.record(v.string(), v.boolean())),
});

const ChoiceSchema = v.strictObject({
  id,
  text,
  next: id,
  effects: v.optional(EffectsSchema),
  requires: v.optional(ConditionSchema),
  /** Extension: why the choice is locked, in the author's words, shown while `requires` is false. */
  requiresText: v.optional(text),
  feedback: v.optional(text),
});

/**
 * Extension: how a line relates to the source. `quote` means the text is the speaker's verbatim
 * words from `source` (shown in quotation marks with the citation); `paraphrase` marks a
 * paraphrase of a position the source reports. Real people (`character.real`) speak only so.
 */
const DeliverySchema = v.picklist(['quote', 'paraphrase']);

const DialogueNodeSchema = v.strictObject({
  type: v.literal('dialogue'),
  speaker: id,
  text,
  choices: v.optional(
    v.pipe(v.array(ChoiceSchema), v.minLength(1, 'must have at least one choice; use "next" for a line without choices')),
  ),
  next: v.optional(id),
  delivery: v.optional(DeliverySchema),
  source: v.optional(SourceRefSchema),
});

const QuizNodeSchema = v.strictObject({
  type: v.literal('quiz'),
  question: text,
  options: v.pipe(v.array(text), v.minLength(2, 'needs 2 to 6 options'), v.maxLength(6, 'needs 2 to 6 options')),
  answer: v.pipe(v.number(), v.integer('must be a whole number')),
  explanation: text,
  source: SourceRefSchema,
  effects: v.optional(
    v.strictObject({
      correct: v.optional(EffectsSchema),
      incorrect: v.optional(EffectsSchema),
    }),
  ),
  next: id,
  nextIfIncorrect: v.optional(id),
});

const BranchNodeSchema = v.strictObject({
  type: v.literal('branch'),
  cases: v.array(v.strictObject({ if: ConditionSchema, next: id })),
  else: id,
});

const OutcomeSchema = v.picklist(['success', 'mixed', 'failure']);

const EndingNodeSchema = v.strictObject({
  type: v.literal('ending'),
  title: text,
  text,
  outcome: OutcomeSchema,
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  debrief: text,
  history: v.optional(v.strictObject({ text, source: SourceRefSchema })),
  /** Extension: what happened after the article (shown under a marked "Epilogue" heading). */
  epilogue: v.optional(text),
  /**
   * Extension: what the debrief asserts of every play arriving here, as conditions; the validator
   * proves each holds on every reachable play that ends here (W_CLAIM when one does not).
   */
  claims: v.optional(v.array(ConditionSchema)),
  /** Extension: lines about this play's own path; the first three whose condition holds are shown under the debrief. */
  debriefLines: v.optional(v.array(v.strictObject({ if: ConditionSchema, text }))),
});

const NodeSchema = v.variant('type', [DialogueNodeSchema, QuizNodeSchema, BranchNodeSchema, EndingNodeSchema]);

const CharacterSchema = v.strictObject({
  name: text,
  title: text,
  affiliation: text,
  /** Extension: a real person, who may speak only in verbatim quotes or marked paraphrase. */
  real: v.optional(v.boolean()),
  /** Extension: which drawn emblem stands for the character (no photographs of real people). */
  emblem: v.optional(v.picklist(['us', 'russia', 'nato', 'ukraine', 'eu', 'france', 'germany', 'osce', 'press', 'advisor'])),
});

const MeterSchema = v.strictObject({
  label: text,
  description: text,
  min: v.number(),
  max: v.number(),
  initial: v.number(),
  better: v.picklist(['higher', 'lower']),
});

const SourceSchema = v.strictObject({
  id,
  title: text,
  publisher: text,
  date: text,
  authors: v.array(text),
  url: v.optional(v.string()),
});

export const ScenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(FORMAT),
  formatVersion: v.literal(FORMAT_VERSION),
  id,
  version: text,
  title: text,
  summary: text,
  language: text,
  role: v.strictObject({ title: text, briefing: text }),
  estimatedMinutes: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(120)),
  audience: v.optional(text),
  learningObjectives: v.pipe(v.array(text), v.minLength(1, 'needs at least one learning objective')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  characters: v.record(v.string(), CharacterSchema),
  meters: v.record(v.string(), MeterSchema),
  flags: v.array(id),
  scoring: v.optional(v.strictObject({ ending: v.pipe(v.number(), v.minValue(0)), quiz: v.pipe(v.number(), v.minValue(0)) })),
  start: id,
  nodes: v.record(v.string(), NodeSchema),
  /** Extension for teachers: plain definitions of the terms a student meets. */
  vocabulary: v.optional(v.array(v.strictObject({ term: text, definition: text }))),
  /** Extension for teachers: questions for a class discussion after playing. */
  discussionQuestions: v.optional(v.array(text)),
  /** Extension: the day the scenario is set (ISO `YYYY-MM-DD`); the menu orders scenarios by it. */
  date: v.optional(v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD, e.g. "2022-01-10"'))),
  /** Extension for teachers: notes shown in the lesson guide (e.g. the theory each meter assumes). */
  teacherNotes: v.optional(v.array(text)),
  /** Extension: the room the scenario plays in, which picks the backdrop and the ambient music. */
  setting: v.optional(v.picklist(['negotiation', 'press-room', 'briefing'])),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioNode = v.InferOutput<typeof NodeSchema>;
export type QuizNode = v.InferOutput<typeof QuizNodeSchema>;
export type EndingNode = v.InferOutput<typeof EndingNodeSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type Effects = v.InferOutput<typeof EffectsSchema>;
export type Character = v.InferOutput<typeof CharacterSchema>;
export type Meter = v.InferOutput<typeof MeterSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Delivery = v.InferOutput<typeof DeliverySchema>;
