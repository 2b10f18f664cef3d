/**
 * What the app shows, as plain data. The Phaser scenes and the DOM layer both render an AppView and
 * never decide anything themselves; every value here is JSON-clean so the test inspector can copy it.
 */
import type { EndingNode, Scenario } from '../core/model/schema';
import type { MeterView, PlayResult, QuizAnswer, Screen, StepOutcome } from '../core/engine/types';

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
  /** The file is broken: its first diagnostic, "file:line:col message". */
  error?: string;
}

/** The room a scenario plays in: picks the backdrop and the ambient music. */
export type Setting = NonNullable<Scenario['setting']>;

/** Source id → short citation, e.g. "ap-2022-01-11" → "Associated Press, 11 Jan 2022". */
export type Citations = Record<string, string>;

export type AppView =
  | { name: 'loading'; progress: number }
  | { name: 'menu'; cards: ScenarioCard[]; notice?: string }
  | {
      name: 'briefing';
      scenarioId: string;
      title: string;
      role: { title: string; briefing: string };
      objectives: string[];
      minutes: number;
      hasSave: boolean;
      /** The scenario came from a link or a file, not from the game: the project has not reviewed it. */
      notReviewed: boolean;
      sourceNote: string;
      setting: Setting | null;
      /** Terms the student will meet, with plain definitions. */
      vocabulary: { term: string; definition: string }[];
    }
  | {
      name: 'play';
      scenarioId: string;
      title: string;
      screen: Screen;
      meters: MeterView[];
      /** Feedback or a quiz result, shown until the player acknowledges it. */
      pendingOutcome?: StepOutcome;
      canUndo: boolean;
      /** The pause menu is open over the play. */
      paused: boolean;
      setting: Setting | null;
      citations: Citations;
    }
  | {
      name: 'ending';
      scenarioId: string;
      result: PlayResult;
      ending: EndingNode;
      meters: MeterView[];
      /** Every quiz answer of the play, in order, with the options that were offered. */
      quizReview: (QuizAnswer & { options: string[] })[];
      nextScenarioId: string | null;
      setting: Setting | null;
      citations: Citations;
      /** Questions for a class discussion after playing. */
      discussionQuestions: string[];
    };
