/** What went wrong reading an encoded text, so callers can tell a cut text from a garbled one. */
export type CodecProblem = 'character' | 'length' | 'deflate' | 'utf8' | 'too-large';

export class CodecError extends Error {
  constructor(
    readonly problem: CodecProblem,
    message: string,
    /** Index of the offending character in the input, when one is to blame. */
    readonly position?: number,
  ) {
    super(message);
    this.name = 'CodecError';
  }
}
