/**
 * Result codes and assignments (docs/RESULT-CODE.md): formats, encode/decode, verification by replay,
 * the scenario library codes verify against, reports and CSV. Headless: the teacher's page, the
 * student's side and the command-line tools all call this, so they agree.
 */
export {
  ASSIGN_FRAGMENT_KEY,
  ASSIGNMENT_PREFIX,
  ATTEMPT_CHOICES,
  assignmentContent,
  assignmentId,
  assignmentLink,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
  type AssignmentContent,
  type AssignmentInput,
  type AssignmentOptions,
  type AssignmentScenario,
  type DecodedAssignment,
} from './assignment';
export { MAX_STUDENT_NAME, RESULT_PREFIX, ResultCodeSchema, type CodeStep, type ResultCode } from './code-schema';
export { CSV_BOM, csvCell, csvWriter, playsCsv, stepsCsv, type CsvWriter } from './csv';
export { locateCodes, type CodeSource, type FoundCode } from './extract';
export { libraryOfFiles, originOfPath, type LibraryProblem } from './files';
export { ScenarioLibrary, type LibraryEntry, type ScenarioOrigin } from './library';
export { reportForAssignment, reportOf, type ReportStep, type ResultReport } from './report';
export { decodeResultCode, encodeResultCode, makeResultCode, resultCodeOf, type DecodedCode, type PlayRecord } from './result-code';
export type { Damage } from './sealed-text';
export { RESULT_STATUSES, type ResultStatus } from './statuses';
export { verifyCode, type Verification, type VerifyOptions } from './verify';
export { unreadableLine, unreadableOf, type Unreadable, type UnreadableWhy } from './unreadable';
export { startStepClock, type StepClock } from './step-clock';
export { STATUS_LABELS, STUDENT_PRIVACY_NOTE, VERIFICATION_LIMIT } from './wording';
