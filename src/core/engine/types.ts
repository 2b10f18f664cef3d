import type { Delivery, Outcome, SourceRef } from '../model/schema';

/** One input the player gave. The list of steps replays a play exactly. */
export type Step =
  { kind: 'choose'; node: string; choice: string } | { kind: 'answer'; node: string; option: number } | { kind: 'continue'; node: string };

export interface SpeakerView {
  id: string;
  name: string;
  title: string;
  affiliation: string;
  emblem?: string;
  /** A real person: their line is a verbatim quote or a marked paraphrase. */
  real: boolean;
}

export interface ChoiceView {
  id: string;
  /** Position among all choices of the node, 0-based; the number key is index + 1. */
  index: number;
  text: string;
  available: boolean;
  /** Why an unavailable choice cannot be taken, in plain words. */
  reason?: string;
}

interface LineBase {
  node: string;
  speaker: SpeakerView;
  text: string;
  delivery?: Delivery;
  source?: SourceRef;
}

/** What the player sees now and may answer. Presentation renders it; it never decides the story. */
export type Screen =
  | ({ kind: 'line' } & LineBase)
  | ({ kind: 'choice'; choices: ChoiceView[] } & LineBase)
  | { kind: 'quiz'; node: string; question: string; options: string[] }
  | { kind: 'ending'; node: string; result: PlayResult };

export interface MeterView {
  id: string;
  label: string;
  description: string;
  value: number;
  min: number;
  max: number;
  better: 'higher' | 'lower';
  /** Change made by the last step (0 when none). */
  change: number;
}

/** What the last step led to, for feedback before the next screen. */
export interface StepOutcome {
  step: Step;
  /** A choice's feedback text. */
  feedback?: string;
  /** For a quiz answer. */
  quiz?: QuizAnswer & { explanation: string; source: SourceRef; options: string[] };
  meterChanges: Record<string, number>;
}

export interface QuizAnswer {
  node: string;
  question: string;
  chosen: number;
  answer: number;
  correct: boolean;
}

export interface PlayResult {
  scenarioId: string;
  scenarioVersion: string;
  scenarioHash: string;
  ending: string;
  endingTitle: string;
  endingText: string;
  /** The ending's conditional debrief lines that hold for this play (the first three), shown under the debrief. */
  debriefLines: string[];
  outcome: Outcome;
  endingScore: number;
  score: number;
  quiz: { correct: number; total: number; answers: QuizAnswer[] };
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  steps: Step[];
}

export type InputResult = { ok: true } | { ok: false; message: string; expected: string[] };

/**
 * A save: the scenario text it belongs to and the play as it stands, as the steps that replay it (an
 * undo takes its decision out of them), with the count of undos kept beside them.
 */
export interface SaveData {
  format: 'crisis-table/save';
  saveVersion: 2;
  scenario: { id: string; version: string; hash: string };
  steps: Step[];
  undos: number;
}

/**
 * Whether undo is open now. Undo goes back to just before the last decision (a choice), and a quiz
 * answer once given stays given: undo is closed once an answer follows the last decision.
 */
export type UndoState = 'open' | 'no-decision' | 'answer-given';

export type RestoreResult<P> =
  { ok: true; play: P } | { ok: false; reason: 'corrupt' | 'other-scenario' | 'other-version'; message: string };
