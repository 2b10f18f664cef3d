import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Hex, utf8Bytes } from '../../../src/core/codec';
import {
  decodeResultCode,
  encodeResultCode,
  locateCodes,
  RESULT_STATUSES,
  ScenarioLibrary,
  verifyCode,
  type ResultCode,
  type ResultStatus,
} from '../../../src/core/results';
import { scenariosDir } from '../../scenarios/scenario-files';
import { codeOf, playBy, recordOf, shippedLibrary } from './plays';
import { resultCodeOf } from '../../../src/core/results/result-code';

const library = shippedLibrary();
const ids = ['geneva-us-delegation', 'fact-quiz-week', 'press-room-week'];
/** Always the first available choice and the first option. */
const first = () => 0;

function decoded(text: string): ResultCode {
  const read = decodeResultCode(text);
  if (!read.ok) throw new Error(read.message);
  return read.code;
}

/** Re-encodes an edited copy of a code's JSON, with a fresh checksum: a deliberate change. */
function edited(text: string, edit: (code: ResultCode) => void): string {
  const code = structuredClone(decoded(text));
  edit(code);
  return encodeResultCode(code);
}

describe('result codes', () => {
  it('round-trip: the code holds what the play recorded, and another program can read it with zlib', () => {
    for (const id of ids) {
      const result = playBy(library.current(id)!.compiled, (n, at) => at % n);
      const record = recordOf(result, { student: 'Zoë <b>Ng</b>', trial: true, undos: 2 });
      const text = codeOf(result, record);
      expect(text).toMatch(/^CTR1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
      expect(decoded(text)).toEqual(resultCodeOf(record));
      const [, crc, payload] = text.split('.');
      const json = inflateRawSync(Buffer.from(payload!, 'base64url')).toString('utf8');
      expect(crc32Hex(utf8Bytes(json))).toBe(crc);
      expect(JSON.parse(json)).toMatchObject({
        student: 'Zoë <b>Ng</b>',
        trial: true,
        undos: 2,
        claimed: { ending: result.ending, score: result.score },
      });
    }
  });

  it('finds codes in any pasted text, whatever separates them, each with its file and line', () => {
    const a = codeOf(playBy(library.current(ids[0]!)!.compiled, first));
    const b = codeOf(playBy(library.current(ids[1]!)!.compiled, first));
    const pasted = `Ada: ${a}.\r\n\tBen said "${b}",${a};\n\n\nno code here CTR\nCTR1.cut`;
    expect(locateCodes(pasted, 'class.txt')).toEqual([
      { code: a, source: { file: 'class.txt', line: 1 } },
      { code: b, source: { file: 'class.txt', line: 2 } },
      { code: a, source: { file: 'class.txt', line: 2 } },
      { code: 'CTR1.cut', source: { file: 'class.txt', line: 6 } },
    ]);
    expect(locateCodes(`\n${a}`)).toEqual([{ code: a, source: { file: null, line: 2 } }]);
  });
});

describe('verification by replay gives every status', () => {
  const compiled = library.current('geneva-us-delegation')!.compiled;
  const result = playBy(compiled, first);
  const good = codeOf(result);
  const statusOf = (text: string, assignmentId?: string): ResultStatus => verifyCode(text, library, { assignmentId }).status;

  it('verified: a real play whose claim is its replay, with the replayed ending, meters, quiz and score', () => {
    const verification = verifyCode(good, library, { assignmentId: '0123456789abcdef' });
    expect(verification.status).toBe('verified');
    expect(verification.replay).toMatchObject({ ending: result.ending, score: result.score, meters: result.meters, quiz: result.quiz });
  });

  it('altered: the claimed ending or score is not what the steps give', () => {
    expect(statusOf(edited(good, (c) => (c.claimed.score += 1)))).toBe('altered');
    const other = Object.entries(compiled.scenario.nodes).find(([id, n]) => n.type === 'ending' && id !== result.ending)![0];
    const verification = verifyCode(
      edited(good, (c) => (c.claimed.ending = other)),
      library,
    );
    expect(verification.status).toBe('altered');
    expect(verification.message).toContain(`ending "${other}"`);
  });

  it('invalid: a step the scenario does not allow there, steps that stop short, a malformed code', () => {
    const swapped = verifyCode(
      edited(good, (c) => {
        const step = c.steps.find((s) => s.kind === 'choose');
        if (step?.kind === 'choose') step.choice = 'no-such-choice';
      }),
      library,
    );
    expect(swapped.status).toBe('invalid');
    expect(swapped.invalidStep).toBeGreaterThanOrEqual(0);
    expect(statusOf(edited(good, (c) => c.steps.pop()))).toBe('invalid');
    expect(statusOf(edited(good, (c) => Object.assign(c, { attempt: 0 })))).toBe('invalid');
  });

  it('damaged: cut short, one character changed — told apart', () => {
    const cut = verifyCode(good.slice(0, -10), library);
    expect(cut).toMatchObject({ status: 'damaged', damage: 'incomplete' });
    const at = good.length - 20;
    const flipped = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    expect(verifyCode(flipped, library)).toMatchObject({ status: 'damaged', damage: 'changed' });
    expect(verifyCode('hello', library).status).toBe('damaged');
  });

  it('other-version: a code of a kept version that is not this text says which, with the claim unverified', () => {
    const text = edited(good, (c) => (c.scenario.hash = 'ffffffffffffffff'));
    const verification = verifyCode(text, library);
    expect(verification.status).toBe('other-version');
    expect(verification.message).toContain(`version ${result.scenarioVersion}`);
    expect(verification.message).toContain('unverified');
    expect(verification.replay).toBeUndefined();
  });

  it('a code of an earlier version verifies against the kept copy of that version, and is other-version without it', () => {
    const oldText = readFileSync(path.join(scenariosDir, 'previous/geneva-us-delegation/1.0.0.json'), 'utf8');
    const newer = JSON.parse(oldText) as { version: string; title: string };
    newer.version = '9.0.0';
    newer.title += ' (edited)';
    const withPrevious = new ScenarioLibrary();
    const kept = withPrevious.addText(oldText, 'previous/geneva-us-delegation/1.0.0.json', 'previous');
    const shipped = withPrevious.addText(JSON.stringify(newer), 'geneva-us-delegation.json', 'shipped');
    if (!kept.ok || !shipped.ok) throw new Error('the scenario files do not validate');
    const oldCode = codeOf(playBy(kept.entry.compiled, first));
    expect(verifyCode(oldCode, withPrevious).status).toBe('verified');
    expect(verifyCode(codeOf(playBy(shipped.entry.compiled, first)), withPrevious).status).toBe('verified');
    const withoutPrevious = new ScenarioLibrary();
    withoutPrevious.addScenario(shipped.entry.compiled.scenario, 'shipped');
    const verification = verifyCode(oldCode, withoutPrevious);
    expect(verification.status).toBe('other-version');
    expect(verification.message).toContain('version 1.0.0 of "geneva-us-delegation"');
    expect(verification.message).toContain('kept here are 9.0.0');
  });

  it('unknown-scenario, and other-assignment only when an assignment is given', () => {
    expect(statusOf(good, undefined)).toBe('verified');
    expect(verifyCode(good, new ScenarioLibrary()).status).toBe('unknown-scenario');
    expect(statusOf(good, 'fedcba9876543210')).toBe('other-assignment');
    expect(statusOf(codeOf(result, { assignment: null }), 'fedcba9876543210')).toBe('other-assignment');
  });

  it('covers every status', () => {
    expect([...RESULT_STATUSES].sort()).toEqual([
      'altered',
      'damaged',
      'invalid',
      'other-assignment',
      'other-version',
      'unknown-scenario',
      'verified',
    ]);
  });
});
