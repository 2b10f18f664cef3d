/** The draft on the form, as the results module's assignment link (and its trial twin). */
import { assignmentContent, assignmentId, assignmentLink, type AssignmentInput } from '../core/results/assignment';
import type { AssignmentDraft } from './assignment-draft';

export interface MadeLinks {
  id: string;
  link: string;
  trialLink: string;
}

function inputOf(draft: AssignmentDraft): AssignmentInput {
  return {
    className: draft.classLabel,
    note: draft.note,
    due: draft.due ?? null,
    // A file the teacher added travels whole in the link: students have no other way to get it.
    scenarios: draft.scenarios.map((entry) => (entry.origin === 'shipped' ? { id: entry.scenario.id } : { file: entry.text })),
    options: { undo: draft.undo, feedback: draft.feedback, showScore: draft.showScore, attempts: draft.attempts },
  };
}

export function makeAssignment(draft: AssignmentDraft, gameUrl: string): MadeLinks {
  const input = inputOf(draft);
  return {
    id: assignmentId(assignmentContent(input)),
    link: assignmentLink(input, gameUrl),
    trialLink: assignmentLink({ ...input, trial: true }, gameUrl),
  };
}
