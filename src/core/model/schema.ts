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

/**
 * A field's documentation for authors: the JSON Schema carries it, and editors (the studio, VS Code)
 * show it on hover and in completion. Say what the field does and give an example.
 */
function doc<const S extends v.GenericSchema>(schema: S, description: string) {
  return v.pipe(schema, v.description(description));
}

const SourceRefSchema = doc(
  v.strictObject({
    ref: doc(id, 'The id of one of the file\'s `sources`, e.g. `"ap-2022-01-11"`.'),
    quote: doc(
      text,
      'A short verbatim excerpt of that source that supports this text, copied exactly (the validator checks it against the source\'s text when it has it), e.g. `"Russia-US talks on Ukraine"`.',
    ),
  }),
  'Where this comes from: `{ "ref": source id, "quote": a short verbatim excerpt of that source }`.',
);

// Conditions have their own module, which owns everything about them; the format gathers them here.
export { ConditionSchema, type Condition } from './conditions';
import { ConditionSchema } from './conditions';
// So have effects.
export type { Effects } from './effects';
import { EffectsSchema } from './effects';

const ChoiceSchema = doc(
  v.strictObject({
    id: doc(id, 'The choice\'s id, unique within its node, kebab-case; plays and results record it. E.g. `"reject-demand"`.'),
    text: doc(
      text,
      'What the player picks, in their own voice (up to 110 characters fit), e.g. `"Reject the demand, but offer talks on missiles."`.',
    ),
    next: doc(id, 'The id of the node this choice leads to, e.g. `"moscow-replies"`.'),
    effects: v.optional(EffectsSchema),
    requires: v.optional(
      doc(
        ConditionSchema,
        'The choice is open only while this condition holds (otherwise it shows locked), e.g. `{ "meter": "trust", "gte": 40 }`.',
      ),
    ),
    /** Extension: why the choice is locked, in the author's words, shown while `requires` is false. */
    requiresText: v.optional(
      doc(text, 'Why the choice is locked, shown while `requires` does not hold, e.g. `"The allies must agree first."`.'),
    ),
    feedback: v.optional(
      doc(text, 'Shown right after the player picks this choice: what it did, e.g. `"Moscow notes the offer coolly."`.'),
    ),
  }),
  'One answer the player can give: `{ "id", "text", "next" }`, with optional `effects`, `requires`, `requiresText`, `feedback`.',
);

/**
 * Extension: how a line relates to the source. `quote` means the text is the speaker's verbatim
 * words from `source` (shown in quotation marks with the citation); `paraphrase` marks a
 * paraphrase of a position the source reports. Real people (`character.real`) speak only so.
 */
const DeliverySchema = doc(
  v.picklist(['quote', 'paraphrase']),
  'How the line relates to the source: `"quote"` shows it in quotation marks with the citation (it must be the speaker\'s exact words, with `source`); `"paraphrase"` marks it as a paraphrase. A real person speaks only so.',
);

const DialogueNodeSchema = doc(
  v.strictObject({
    type: doc(v.literal('dialogue'), 'A node\'s kind: `"dialogue"` (someone speaks), `"quiz"`, `"branch"` or `"ending"`.'),
    speaker: doc(id, 'Who speaks: a key of `characters`, or `"narrator"` for the narration, e.g. `"ortiz"`.'),
    text: doc(text, 'What the speaker says (up to 320 characters fit the dialogue box).'),
    choices: v.optional(
      doc(
        v.pipe(v.array(ChoiceSchema), v.minLength(1, 'must have at least one choice; use "next" for a line without choices')),
        "The player's answers, one button each. A dialogue node has either `choices` or `next`, never both.",
      ),
    ),
    next: v.optional(doc(id, 'With no `choices`: the node a Continue button leads to, e.g. `"briefing-2"`.')),
    delivery: v.optional(DeliverySchema),
    source: v.optional(SourceRefSchema),
  }),
  'Someone speaks, and the player answers with one of the `choices` (or continues to `next`).',
);

const QuizNodeSchema = doc(
  v.strictObject({
    type: doc(v.literal('quiz'), 'A node\'s kind: `"quiz"` asks a question about the facts.'),
    question: doc(text, 'The question (up to 200 characters), e.g. `"Where did the talks of 10 January take place?"`.'),
    options: doc(
      v.pipe(v.array(text), v.minLength(2, 'needs 2 to 6 options'), v.maxLength(6, 'needs 2 to 6 options')),
      '2 to 6 distinct answers to pick from (up to 90 characters each), e.g. `["Geneva", "Vienna", "Brussels"]`.',
    ),
    answer: doc(
      v.pipe(v.number(), v.integer('must be a whole number')),
      'The index of the right option, counting from 0: `0` is the first of `options`.',
    ),
    explanation: doc(text, 'Shown after the answer, right or wrong: what the source says and why (up to 320 characters).'),
    source: SourceRefSchema,
    effects: v.optional(
      doc(
        v.strictObject({
          correct: v.optional(EffectsSchema),
          incorrect: v.optional(EffectsSchema),
        }),
        'Effects of a right answer (`correct`) and of a wrong one (`incorrect`), e.g. `{ "correct": { "meters": { "credibility": 5 } } }`.',
      ),
    ),
    next: doc(id, 'The node after the answer (after a right one, when `nextIfIncorrect` is given), e.g. `"press-conference"`.'),
    nextIfIncorrect: v.optional(doc(id, 'The node after a wrong answer; without it every answer goes to `next`.')),
  }),
  'A question about the facts, with 2 to 6 `options`, the right `answer`, an `explanation` and its `source`. Every answer counts toward the score.',
);

const BranchNodeSchema = doc(
  v.strictObject({
    type: doc(v.literal('branch'), 'A node\'s kind: `"branch"` routes by the story state, with no screen of its own.'),
    cases: doc(
      v.array(
        v.strictObject({
          if: doc(ConditionSchema, 'When this holds, the play goes to this case\'s `next`, e.g. `{ "meter": "tension", "gte": 80 }`.'),
          next: doc(id, 'The node to go to when `if` holds.'),
        }),
      ),
      'Tried in order; the first whose `if` holds wins, e.g. `[{ "if": { "flag": "walked-out" }, "next": "crisis" }]`.',
    ),
    else: doc(id, 'The node to go to when no case holds (required).'),
  }),
  'Routes the play by meters, flags or visited nodes, without a screen: the first of `cases` whose `if` holds, else `else`.',
);

const OutcomeSchema = doc(
  v.picklist(['success', 'mixed', 'failure']),
  'How the ending counts: `"success"`, `"mixed"` or `"failure"`; it colours the ending and the teacher\'s results.',
);

const EndingNodeSchema = doc(
  v.strictObject({
    type: doc(v.literal('ending'), 'A node\'s kind: `"ending"` closes the play with a debrief.'),
    title: doc(text, 'The ending\'s heading, e.g. `"The channel stays open"`.'),
    text: doc(text, 'What happened at the end of this play (up to 320 characters).'),
    outcome: OutcomeSchema,
    score: doc(
      v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
      "The ending's score, 0 to 100; the play's score weighs it with the quiz answers (see `scoring`).",
    ),
    debrief: doc(text, "Explains why the player's choices led here and what they teach (up to 700 characters)."),
    history: v.optional(
      doc(
        v.strictObject({
          text: doc(text, 'What really happened, as the source reports it (up to 400 characters).'),
          source: SourceRefSchema,
        }),
        'What happened in reality, with its source: `{ "text", "source": { "ref", "quote" } }`.',
      ),
    ),
    /** Extension: what happened after the article (shown under a marked "Epilogue" heading). */
    epilogue: v.optional(
      doc(text, 'What happened after the article\'s date, shown under a marked "Epilogue" heading (up to 400 characters).'),
    ),
    /**
     * Extension: what the debrief asserts of every play arriving here, as conditions; the validator
     * proves each holds on every reachable play that ends here (W_CLAIM when one does not).
     */
    claims: v.optional(
      doc(
        v.array(ConditionSchema),
        'What the debrief asserts of every play that ends here, as conditions; the validator proves each (W_CLAIM when a play breaks one), e.g. `[{ "flag": "consulted-allies" }]`.',
      ),
    ),
    /** Extension: lines about this play's own path; the first three whose condition holds are shown under the debrief. */
    debriefLines: v.optional(
      doc(
        v.array(
          v.strictObject({
            if: doc(ConditionSchema, 'The line is shown when this holds at the end, e.g. `{ "visited": "allies-call" }`.'),
            text: doc(text, "The line, about this play's own path (up to 200 characters)."),
          }),
        ),
        "Lines about this play's own path: the first three whose `if` holds are shown under the debrief.",
      ),
    ),
  }),
  'The play is over: `title`, `text`, `outcome`, `score` and `debrief`, with optional `history` and `epilogue`.',
);

const NodeSchema = v.variant('type', [DialogueNodeSchema, QuizNodeSchema, BranchNodeSchema, EndingNodeSchema]);

const CharacterSchema = doc(
  v.strictObject({
    name: doc(text, 'The name shown over their lines, e.g. `"Dana Ortiz"`.'),
    title: doc(text, 'Their position; say "(fictional)" for an invented person, e.g. `"Russia desk officer (fictional)"`.'),
    affiliation: doc(text, 'Whom they work for, e.g. `"U.S. Department of State"`.'),
    /** Extension: a real person, who may speak only in verbatim quotes or marked paraphrase. */
    real: v.optional(
      doc(v.boolean(), '`true` for a real person: their lines must be verbatim quotes or marked paraphrase (see `delivery`).'),
    ),
    /** Extension: which drawn emblem stands for the character (no photographs of real people). */
    emblem: v.optional(
      doc(
        v.picklist(['us', 'russia', 'nato', 'ukraine', 'eu', 'france', 'germany', 'osce', 'press', 'advisor']),
        'The drawn emblem shown for them (never a photograph), e.g. `"nato"`.',
      ),
    ),
  }),
  'A person who speaks: `{ "name", "title", "affiliation" }`, with optional `real` and `emblem`.',
);

const MeterSchema = doc(
  v.strictObject({
    label: doc(text, 'The meter\'s name on screen, e.g. `"Tension"`.'),
    description: doc(text, 'What the meter measures, for the player and the teacher, e.g. `"Risk that the crisis turns into war."`.'),
    min: doc(v.number(), 'The lowest value; effects never take the meter below it, e.g. `0`.'),
    max: doc(v.number(), 'The highest value; effects never take the meter above it, e.g. `100`.'),
    initial: doc(v.number(), 'The value at the start of a play, between `min` and `max`, e.g. `50`.'),
    better: doc(v.picklist(['higher', 'lower']), 'Which way is good for the player: `"higher"` (e.g. trust) or `"lower"` (e.g. tension).'),
  }),
  'A number the story tracks: `{ "label", "description", "min", "max", "initial", "better" }`.',
);

const SourceSchema = doc(
  v.strictObject({
    id: doc(id, 'The source\'s id, which `source.ref` names, e.g. `"ap-2022-01-11"`.'),
    title: doc(text, 'The headline or title, e.g. `"Kremlin: Not much optimism after Russia-US talks on Ukraine"`.'),
    publisher: doc(text, 'Who published it, e.g. `"Associated Press"`.'),
    date: doc(text, 'When it was published, e.g. `"2022-01-11"`.'),
    authors: doc(v.array(text), 'Its authors, e.g. `["Dasha Litvinova", "Vladimir Isachenkov"]`.'),
    url: v.optional(doc(v.string(), 'Where to read it, e.g. `"https://apnews.com/…"`.')),
  }),
  "A text the scenario's facts come from: quotes cite it by `id`.",
);

export const ScenarioSchema = v.strictObject({
  $schema: v.optional(doc(v.string(), 'Points editors at this JSON Schema, e.g. `"./scenario.schema.json"`.')),
  format: doc(v.literal(FORMAT), 'Always `"crisis-table/scenario"`: says what kind of file this is.'),
  formatVersion: doc(v.literal(FORMAT_VERSION), "The format's version this file is written for: `1`."),
  id: doc(id, 'The scenario\'s id, kebab-case, equal to the file name without `.json`, e.g. `"geneva-us-delegation"`.'),
  version: doc(text, 'Your own version of this scenario; raise it when you change it, e.g. `"1.2.0"`.'),
  title: doc(text, 'The scenario\'s title in the menu, e.g. `"Geneva: Advising the U.S. Delegation"`.'),
  summary: doc(text, 'One or two sentences in the menu: where, when, and what the player decides.'),
  language: doc(text, 'The language of its text, a BCP 47 tag, e.g. `"en"`.'),
  role: doc(
    v.strictObject({
      title: doc(text, 'Who the player is, e.g. `"Adviser to the U.S. delegation"`.'),
      briefing: doc(text, 'What the player knows at the start, shown before the first node (up to 900 characters).'),
    }),
    'The player\'s part: `{ "title", "briefing" }`.',
  ),
  estimatedMinutes: doc(
    v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(120)),
    'About how long one play takes, in whole minutes (1 to 120), e.g. `12`.',
  ),
  audience: v.optional(doc(text, 'Who it is written for, e.g. `"Grades 9-12"`.')),
  learningObjectives: doc(
    v.pipe(v.array(text), v.minLength(1, 'needs at least one learning objective')),
    'What a student should be able to do after playing, at least one, e.g. `["Explain why consulting allies matters."]`.',
  ),
  sources: doc(
    v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
    'The texts the facts come from, at least one: `[{ "id", "title", "publisher", "date", "authors" }]`.',
  ),
  characters: doc(
    v.record(v.string(), CharacterSchema),
    'Character id → who they are; `speaker` names them. The id `"narrator"` is reserved for the narration.',
  ),
  meters: doc(v.record(v.string(), MeterSchema), 'Meter id → a number the story tracks and shows, e.g. `"tension"`; may be empty `{}`.'),
  flags: doc(
    v.array(id),
    'Every flag (a yes/no the story remembers) that effects and conditions may name, e.g. `["consulted-allies"]`; may be empty.',
  ),
  scoring: v.optional(
    doc(
      v.strictObject({
        ending: doc(v.pipe(v.number(), v.minValue(0)), "The weight of the ending's `score`, e.g. `0.5`."),
        quiz: doc(v.pipe(v.number(), v.minValue(0)), 'The weight of the share of quiz answers right, e.g. `0.5`.'),
      }),
      'How the play\'s score weighs the ending against the quiz answers; the default is `{ "ending": 0.5, "quiz": 0.5 }`.',
    ),
  ),
  start: doc(id, 'The id of the first node of a play, e.g. `"opening"`.'),
  nodes: doc(
    v.record(v.string(), NodeSchema),
    'Node id → node: the scenario\'s screens and routes. Each has a `type`: `"dialogue"`, `"quiz"`, `"branch"` or `"ending"`.',
  ),
  /** Extension for teachers: plain definitions of the terms a student meets. */
  vocabulary: v.optional(
    doc(
      v.array(
        v.strictObject({
          term: doc(text, 'The term, e.g. `"NATO"`.'),
          definition: doc(text, 'A plain definition a student understands.'),
        }),
      ),
      'For teachers: plain definitions of the terms a student meets, `[{ "term", "definition" }]`.',
    ),
  ),
  /** Extension for teachers: questions for a class discussion after playing. */
  discussionQuestions: v.optional(doc(v.array(text), 'For teachers: questions for a class discussion after playing.')),
  /** Extension: the day the scenario is set (ISO `YYYY-MM-DD`); the menu orders scenarios by it. */
  date: v.optional(
    doc(
      v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD, e.g. "2022-01-10"')),
      'The day the scenario is set, `YYYY-MM-DD`; the menu orders scenarios by it, e.g. `"2022-01-10"`.',
    ),
  ),
  /** Extension for teachers: notes shown in the lesson guide (e.g. the theory each meter assumes). */
  teacherNotes: v.optional(doc(v.array(text), 'For teachers: notes shown in the lesson guide, e.g. the theory each meter assumes.')),
  /** Extension: the room the scenario plays in, which picks the backdrop and the ambient music. */
  setting: v.optional(
    doc(
      v.picklist(['negotiation', 'press-room', 'briefing']),
      'The room the scenario plays in, which picks the backdrop and the music: `"negotiation"`, `"press-room"` or `"briefing"`.',
    ),
  ),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioNode = v.InferOutput<typeof NodeSchema>;
export type QuizNode = v.InferOutput<typeof QuizNodeSchema>;
export type EndingNode = v.InferOutput<typeof EndingNodeSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type Character = v.InferOutput<typeof CharacterSchema>;
export type Meter = v.InferOutput<typeof MeterSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Delivery = v.InferOutput<typeof DeliverySchema>;
