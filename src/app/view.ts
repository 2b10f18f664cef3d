/**
 * What the app shows, as plain data. The Phaser scenes and the DOM layer both render an AppView and
 * never decide anything themselves; every value here is JSON-clean so the test inspector can copy it.
 */
import type { EndingNode, Scenario } from '../core/model/schema';
import type { MeterView, PlayResult, QuizAnswer, Screen, StepOutcome } from '../core/engine/types';
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

/** The room a scenario plays in: picks the backdrop and the ambient music. */
export type Setting = NonNullable<Scenario['setting']>;

/** Source id → short citation, e.g. "ap-2022-01-11" → "Associated Press, 11 Jan 2022". */
export type Citations = Record<string, string>;

export type AppView =
  | { name: 'loading'; progress: number }
  | { name: 'menu'; intro: string; cards: ScenarioCard[]; notice?: string }
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
      canUndo: boolean;
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
        score: string;
        scoreDetail: string;
        /** What the story log tells when the ending appears. */
        told: string;
        history: { quote: string; citation: string } | null;
        /** Per quiz answer, the lines of its review. */
        review: string[][];
      };
      /** Every quiz answer of the play, in order, with the options that were offered. */
      quizReview: (QuizAnswer & { options: string[] })[];
      nextScenarioId: string | null;
      setting: Setting | null;
      citations: Citations;
      /** Questions for a class discussion after playing. */
      discussionQuestions: string[];
    };
