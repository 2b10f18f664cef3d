import { describe, expect, test } from 'vitest';
import { identifyStudent, matchName, nameKey, notSubmitted, parseRoster } from '../../src/teach/roster';

const roster = parseRoster('Ana Lopez\n  Ben   Okafor \n\nana lopez\nJosé Martín\nAlex Kim\nAlex Kang\n');

describe('roster', () => {
  test('one name a line, spaces tidied, repeats (by key) dropped, first spelling kept', () => {
    expect(roster).toEqual(['Ana Lopez', 'Ben Okafor', 'José Martín', 'Alex Kim', 'Alex Kang']);
  });

  test('case, spacing and accents do not make another student', () => {
    expect(nameKey('  ANA   lópez ')).toBe('ana lopez');
    expect(matchName('ana  LOPEZ', roster)).toEqual({ kind: 'exact', name: 'Ana Lopez' });
    expect(matchName('Jose Martin', roster)).toEqual({ kind: 'exact', name: 'José Martín' });
    expect(matchName('Lopez, Ana', roster)).toEqual({ kind: 'exact', name: 'Ana Lopez' });
  });

  test('initials and reversed order match when only one student fits', () => {
    expect(matchName('A. Lopez', roster)).toEqual({ kind: 'close', name: 'Ana Lopez' });
    expect(matchName('Ben O', roster)).toEqual({ kind: 'close', name: 'Ben Okafor' });
    expect(matchName('Okafor Ben', roster)).toEqual({ kind: 'close', name: 'Ben Okafor' });
  });

  test('a name that fits several is flagged, never guessed; one that fits no one is flagged', () => {
    expect(matchName('Alex K', roster)).toEqual({ kind: 'ambiguous', candidates: ['Alex Kim', 'Alex Kang'] });
    expect(matchName('Zoe Park', roster)).toEqual({ kind: 'unknown' });
    expect(matchName('Ana', roster)).toEqual({ kind: 'unknown' });
    expect(matchName('   ', roster)).toEqual({ kind: 'unknown' });
  });

  test('spellings of one student share a key; who has not submitted is listed', () => {
    const typed = ['ana lopez', 'A. Lopez', 'ANA LOPEZ', 'Alex K', 'Zoe Park'].map((name) => identifyStudent(name, roster));
    expect(new Set(typed.slice(0, 3).map((s) => s.key)).size).toBe(1);
    expect(typed[0]!.name).toBe('Ana Lopez');
    expect(typed[3]!.flag).toBe('ambiguous');
    expect(typed[4]!.flag).toBe('not-on-roster');
    expect(notSubmitted(roster, typed)).toEqual(['Ben Okafor', 'José Martín', 'Alex Kim', 'Alex Kang']);
  });

  test('without a roster, names group by their key and none is flagged', () => {
    const a = identifyStudent('Ana Lopez', []);
    const b = identifyStudent('ana  lopez', []);
    expect(a.key).toBe(b.key);
    expect(a.flag).toBeUndefined();
  });
});
