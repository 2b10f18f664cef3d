/**
 * What the app shows, as plain data. The Phaser scenes and the DOM layer both render an AppView and
 * never decide anything themselves; every value here is JSON-clean so the test inspector can copy it.
 */
import type { EndingNode, Scenario } from '../core/model/schema';
import type { MeterView, PlayResult, QuizAnswer, Screen, StepOutcome } from '../core/engine/types';
import type { AssignmentState } from './assignment-wording';
import type { PathStep } from './play-summary';

/** A meter as the briefing explains it: what it measures and which way is better. */
interface MeterGuide {
  label: string;
  /** The description and "Higher is better." or "Lower is better.". */
  text: string;
}

/** The article a scenario is built from: one line per source (publisher, headline, date), and how to find it. */
interface ArticleNote {
  lines: string[];
  find: string;
}

/** A line of dialogue or narration in words (wording.ts): both views show these and only these. */
export interface LineWords {
  narrator: boolean;
  /** The speaker's name ("" for the narrator). */
  name: string;
  /** "Deputy Foreign Minister · Russia" ("" for the narrator). */
  about: string;
  /** Name, title and affiliation in one, as the story log tells it. */
  speaker: string;
  /** The line; a verbatim quote inside quotation marks. */
  text: string;
  /** "Paraphrase" for a paraphrased line of a real person. */
  tag?: string;
  /** "— quoted from …" or "— paraphrasing a position reported by …". */
  citation?: string;
}

export interface MeterWords {
  label: string;
  /** "40/100". */
  value: string;
  /** "Tension 40 of 100, up 10 (worse)", for a screen reader. */
  summary: string;
  /** What it measures and which way is better: its tip during play (meterAbout). */
  about: string;
  /** The last step's change: shown ("▲ +10 worse") and told ("Tension up 10 to 40 (worse)"). */
  change: { better: boolean; shown: string; told: string } | null;
}

export type DisplayMeter = MeterView & { words: MeterWords };

export interface QuizResultWords {
  /** "✓ Correct" or "✗ Not quite". */
  verdict: string;
  options: { text: string; mark: string; state: 'right' | 'chosen' | 'other' }[];
  quote: string;
  citation: string;
  /** The whole result in one sentence, for the story log. */
  told: string;
}

export interface ScenarioCard {
  id: string;
  file: string;
  title: string;
  summary: string;
  role: string;
  minutes: number;
  objectives: string[];
  finished: boolean;
  bestScore: number | null;
  hasSave: boolean;
  /** "About 20 minutes · Not finished yet". */
  status: string;
  /** "Not reviewed by the project" on a scenario opened from a link or a file. */
  mark?: string;
  /** The day the scenario is set (ISO YYYY-MM-DD), when its file gives one. */
  date?: string;
  /** The file is broken: its first diagnostic, "file:line:col message". */
  error?: string;
}

/** One of an assignment's scenarios on its home, in the teacher's order. */
export interface AssignmentCard {
  /** The id that opens it (a library id); null when this game does not have it. */
  id: string | null;
  title: string;
  /** "About 20 minutes", or "" when the scenario is missing. */
  minutesLine: string;
  state: AssignmentState;
  /** "Not started", "In progress", "Done". */
  stateWords: string;
  /** "1 of 2 attempts used". */
  attempts: string | null;
  /** Said once every allowed attempt is used (playing on stays possible, and is marked). */
  limitNote: string | null;
  /** "Not reviewed by the project" on a scenario file the link carries. */
  mark?: string;
  /** Why it cannot be played (this game lacks it). */
  missing?: string;
  hasSave: boolean;
}

/** A result code the device keeps, as "My results" lists it. */
export interface KeptResult {
  title: string;
  /** "Attempt 1 · 2 Dec 2026, 09:15 · The door stays open · Score 80 of 100" (no score when the teacher hides it). */
  line: string;
  code: string;
  fileName: string;
}

/** The room a scenario plays in: picks the backdrop and the ambient music. */
export type Setting = NonNullable<Scenario['setting']>;

/** Source id → short citation, e.g. "ap-2022-01-11" → "Associated Press, 11 Jan 2022". */
export type Citations = Record<string, string>;

export type AppView =
  | { name: 'loading'; progress: number }
  | { name: 'menu'; intro: string; cards: ScenarioCard[]; notice?: string }
  | {
      name: 'assignment';
      banner: {
        className: string;
        note: string;
        /** "Due 24 Dec 2026", or null. */
        due: string | null;
        /** "Trial run — does not count" on a teacher's trial. */
        trial: string | null;
        privacy: string;
      };
      /** The name confirmed in this sitting (null: asked), and the last one typed on this device, offered to confirm. */
      student: { name: string | null; prefill: string; maxLength: number };
      scenarios: AssignmentCard[];
      results: KeptResult[];
      /** What went wrong with what the device kept of this assignment, or null. */
      storageProblem: string | null;
    }
  | {
      name: 'briefing';
      scenarioId: string;
      title: string;
      role: { title: string; briefing: string };
      objectives: string[];
      minutes: number;
      /** "About 20 minutes". */
      minutesLine: string;
      hasSave: boolean;
      /** The scenario came from a link or a file, not from the game: the project has not reviewed it. */
      notReviewed: boolean;
      /** What the briefing says of that ("Not reviewed by the project: …"), or null. */
      notReviewedNote: string | null;
      sourceNote: string;
      setting: Setting | null;
      /** Terms the student will meet, with plain definitions. */
      vocabulary: { term: string; definition: string }[];
      meterGuide: MeterGuide[];
      article: ArticleNote;
    }
  | {
      name: 'play';
      scenarioId: string;
      title: string;
      screen: Screen;
      /** The screen's line in words, when it is a line or a choice. */
      line?: LineWords;
      meters: DisplayMeter[];
      /** Feedback or a quiz result, shown until the player acknowledges it. */
      pendingOutcome?: StepOutcome;
      /** A quiz result in words, while it is shown. */
      quizResult?: QuizResultWords;
      /** Why Undo cannot act now ("A quiz answer once given stays given."), shown beside it; null when it can. */
      undoNote: string | null;
      /** False when the teacher switched undo off: the pause menus offer no Undo at all. */
      undoAllowed: boolean;
      /** The pause menu's word on undo. */
      undoRule: string;
      /** The pause menu's way out, named by where it leads: the menu, or the assignment's home while one is open. */
      leaveLabel: string;
      /** The pause menu is open over the play. */
      paused: boolean;
      setting: Setting | null;
      citations: Citations;
      /** The briefing's terms, at hand from the pause menu. */
      vocabulary: { term: string; definition: string }[];
    }
  | {
      name: 'ending';
      scenarioId: string;
      result: PlayResult;
      ending: EndingNode;
      /** The final meters; their change is the whole play's, from where each meter started. */
      meters: DisplayMeter[];
      /** This play's decisions in order, with their feedback. */
      path: PathStep[];
      article: ArticleNote;
      words: {
        outcome: string;
        /** Null when the teacher chose not to show the score to the student. */
        score: string | null;
        scoreDetail: string | null;
        /** What the story log tells when the ending appears. */
        told: string;
        history: { quote: string; citation: string } | null;
        /** Per quiz answer, the lines of its review. */
        review: string[][];
      };
      /** Every quiz answer of the play, in order, with the options that were offered. */
      quizReview: (QuizAnswer & { options: string[] })[];
      nextScenarioId: string | null;
      /** The ending's way out, named by where it leads: the menu, or the assignment's home while one is open. */
      leaveLabel: string;
      setting: Setting | null;
      citations: Citations;
      /** Questions for a class discussion after playing. */
      discussionQuestions: string[];
      /** At the ending of an assignment play: its result code, to hand in, and every code kept of the assignment. */
      handIn?: HandIn;
    };

export interface HandIn {
  student: string;
  className: string;
  trial: string | null;
  code: string;
  fileName: string;
  /** "Attempt 2 · …". */
  line: string;
  overLimit: string | null;
  /** The device would not keep the code (copy it now), or what it kept could not be read. */
  storageProblem: string | null;
  results: KeptResult[];
}
