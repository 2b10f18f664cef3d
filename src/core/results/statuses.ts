/**
 * What verification can say of a code (docs/RESULT-CODE.md). Apart from verify.ts, which needs the
 * engine, so that a page that only shows reports (the teacher's table) does not load the engine.
 */
export const RESULT_STATUSES = [
  'verified',
  'altered',
  'invalid',
  'damaged',
  'other-version',
  'unknown-scenario',
  'other-assignment',
] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];
