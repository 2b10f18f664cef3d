/** Words the teacher's page, the student's side and the command share about results. */
import type { ResultStatus } from './statuses';

export const STATUS_LABELS: Record<ResultStatus, string> = {
  verified: 'Verified',
  altered: 'Altered',
  invalid: 'Not a real play',
  damaged: 'Damaged',
  'other-version': 'Another scenario version',
  'unknown-scenario': 'Unknown scenario',
  'other-assignment': 'Another assignment',
};

/** What verification can and cannot prove; shown wherever results are. */
export const VERIFICATION_LIMIT =
  'Verification replays each code’s steps and proves that they are a play the scenario allows and that its claimed ending and score are that play’s. It does not prove who played: anyone can type any name, and a code can be shared or copied.';

export const STUDENT_PRIVACY_NOTE =
  'Your name, your progress and your result codes are kept only in this browser on this device. Nothing is sent anywhere: you hand in a code yourself by copying or downloading it.';

/** Why a code made for `made` (null: free play) does not count for the assignment `wanted`. */
export function otherAssignmentMessage(made: string | null, wanted: string): string {
  const how = made === null ? 'in free play, not for an assignment' : `for another assignment (${made})`;
  return `This code was made ${how}; this one is ${wanted}.`;
}
