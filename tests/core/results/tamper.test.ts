/**
 * fast-check: no edit of a code passes as verified unless what it became is a real play whose claimed
 * ending and score are its replay's — checked here by replaying it independently of verifyCode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Play } from '../../../src/core/engine';
import { decodeResultCode, encodeResultCode, verifyCode, type ResultCode } from '../../../src/core/results';
import { engineStep } from '../../../src/core/results/result-code';
import { places, type Path } from '../json-places';
import { codeOf, playBy, shippedLibrary } from './plays';

const library = shippedLibrary();
const plays = ['geneva-us-delegation', 'fact-quiz-week', 'kyiv-normandy-summit'].flatMap((id) =>
  [0, 1, 2].map((seed) => playBy(library.current(id)!.compiled, (n, at) => (at * 7 + seed) % n)),
);
const codes = plays.map((result) => codeOf(result));

function isGenuine(text: string): boolean {
  const read = decodeResultCode(text);
  if (!read.ok) return false;
  const entry = library.find(read.code.scenario.id, read.code.scenario.hash);
  if (!entry) return false;
  const replayed = Play.replay(entry.compiled, read.code.steps.map(engineStep));
  const result = replayed.ok ? replayed.play.result : undefined;
  return result !== undefined && result.ending === read.code.claimed.ending && result.score === read.code.claimed.score;
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const container = value as Record<string | number, unknown>;
  container[key!] = setAt(container[key!], rest, replacement);
  return value;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

describe('tampered codes', { timeout: 60_000 }, () => {
  it('a character changed, dropped or added in the text is never verified (it is damaged)', () => {
    fc.assert(
      fc.property(
        fc.nat(codes.length - 1),
        fc.nat(),
        fc.constantFrom(...BASE64URL),
        fc.constantFrom('replace', 'delete', 'insert'),
        (which, position, char, how) => {
          const code = codes[which]!;
          const at = position % code.length;
          const changed =
            how === 'delete'
              ? code.slice(0, at) + code.slice(at + 1)
              : code.slice(0, at) + char + code.slice(how === 'replace' ? at + 1 : at);
          fc.pre(changed !== code);
          const verification = verifyCode(changed, library);
          if (verification.status === 'verified') expect(isGenuine(changed)).toBe(true);
          else expect(['damaged', 'invalid']).toContain(verification.status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any value of the JSON replaced, and re-encoded with a fresh checksum, is verified only if it is still a genuine play', () => {
    const replacement = fc.oneof(
      fc.integer({ min: -3, max: 120 }),
      fc.constantFrom('start', 'continue', 'choose', 'answer', '', 'x'),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
    );
    let verified = 0;
    fc.assert(
      // A third of the edits go to the claim and a third to the steps, where a wrong verdict would hide.
      fc.property(fc.nat(codes.length - 1), fc.constantFrom('', 'claimed', 'steps'), fc.nat(), replacement, (which, under, pick, value) => {
        const read = decodeResultCode(codes[which]!);
        if (!read.ok) throw new Error(read.message);
        const code = structuredClone(read.code);
        const all = places(code).filter((path) => path.length > 0 && (under === '' || path[0] === under));
        const text = encodeResultCode(setAt(code, all[pick % all.length]!, value) as ResultCode);
        const verification = verifyCode(text, library);
        if (verification.status === 'verified') {
          verified++;
          expect(isGenuine(text)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Edits of the name, times or attempt leave a genuine play: the property is not vacuous.
    expect(verified).toBeGreaterThan(0);
  });
});
