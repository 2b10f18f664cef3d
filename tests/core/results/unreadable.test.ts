import { describe, expect, it } from 'vitest';
import { reportOf, unreadableLine, unreadableOf, verifyCode } from '../../../src/core/results';
import { seal } from '../../../src/core/results/sealed-text';
import { codeOf, playBy, shippedLibrary } from './plays';

const library = shippedLibrary();
const good = codeOf(playBy(library.current('geneva-us-delegation')!.compiled, () => 0));
const report = (text: string) => reportOf(verifyCode(text, library));
const at = good.length - 20;
const flipped = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);

describe('a code that cannot be read says which input it was and why', () => {
  it('cut short, changed, not a code: told apart, with the first characters and where it was', () => {
    const cut = unreadableOf(report(good.slice(0, -10)), { file: 'codes.txt', line: 3 });
    expect(cut).toEqual({
      why: 'incomplete',
      start: `${good.slice(0, 24)}…`,
      from: 'codes.txt, line 3',
      words: expect.stringMatching(/^Copied incompletely: /) as string,
    });
    expect(unreadableLine(cut!)).toBe(`codes.txt, line 3: “${good.slice(0, 24)}…” ${cut!.words}`);
    expect(unreadableOf(report(flipped), { file: null, line: 1 })).toMatchObject({ why: 'changed', from: 'Pasted text, line 1' });
    expect(unreadableOf(report('CTR1.zzzzzzzz.abc'))?.why).toBe('changed');
    expect(unreadableOf(report('CTR1.hello'))).toMatchObject({ why: 'incomplete', start: 'CTR1.hello', from: '' });
    // The checksum holds, but what it seals is no play: made by hand.
    expect(unreadableOf(report(seal('CTR1', '{"hello":1}')))?.why).toBe('not-a-code');
    expect(unreadableOf(report(seal('CTR1', 'not json')))?.why).toBe('not-a-code');
    expect(unreadableOf(report('hello'))?.why).toBe('not-a-code');
  });

  it('a code that could be read has its row in the class instead, whatever its status', () => {
    expect(unreadableOf(report(good))).toBeUndefined();
    expect(report(good).damage).toBeUndefined();
    expect(unreadableOf({ ...report(good), status: 'invalid' })).toBeUndefined();
  });
});
