/** What the teacher sets on the assignment form, before it becomes a link. */
import type { ShelfScenario } from './scenario-shelf';

export type FeedbackTiming = 'during' | 'end';

export interface AssignmentDraft {
  /** In the order students play them. */
  scenarios: ShelfScenario[];
  classLabel: string;
  note: string;
  /** ISO date `YYYY-MM-DD`, or none. */
  due?: string;
  undo: boolean;
  feedback: FeedbackTiming;
  showScore: boolean;
  /** How many attempts each scenario allows; null is unlimited. */
  attempts: 1 | 2 | 3 | null;
}

/** What is wrong with a draft, in words for the teacher, or nothing. */
export function draftProblem(draft: AssignmentDraft): string | undefined {
  if (draft.scenarios.length === 0) return 'Pick at least one scenario.';
  if (draft.classLabel.trim() === '') return 'Give the class a name, so students see which assignment this is.';
  return undefined;
}
