/**
 * The class roster and how a typed name is matched to it, so that "ana  lopez", "Ana Lopez" and
 * "A. Lopez" are one student, not three. Matching forgives case, spacing, accents, a comma-reversed
 * order ("Lopez, Ana") and initials; a name that fits no one, or more than one, is flagged instead of
 * guessed.
 */

/** A name compared without case, accents, dots or extra spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\./g, ' ')
    .replace(/[\s\u200b]+/g, ' ')
    .trim();
}

/** The roster's names, one a line (blank lines and repeats dropped, first spelling kept). */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.replace(/\s+/g, ' ').trim();
    const key = nameKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

export type NameMatch =
  | { kind: 'exact'; name: string }
  /** Matched through initials or order, e.g. "A. Lopez" for "Ana Lopez". */
  | { kind: 'close'; name: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

function tokens(name: string): string[] {
  const comma = name.indexOf(',');
  // "Lopez, Ana" is "Ana Lopez".
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  return nameKey(ordered).split(' ').filter(Boolean);
}

function tokenFits(typed: string, listed: string): boolean {
  if (typed === listed) return true;
  if (typed.length === 1) return listed.startsWith(typed);
  return listed.length === 1 && typed.startsWith(listed);
}

function fits(typed: string[], listed: string[]): boolean {
  return typed.length === listed.length && typed.every((token, i) => tokenFits(token, listed[i]!));
}

export function matchName(typed: string, roster: readonly string[]): NameMatch {
  const key = nameKey(typed.replace(/,/g, ' '));
  const typedTokens = tokens(typed);
  const exact = roster.find((name) => nameKey(name) === key || tokens(name).join(' ') === typedTokens.join(' '));
  if (exact !== undefined) return { kind: 'exact', name: exact };
  if (typedTokens.length === 0) return { kind: 'unknown' };
  const reversed = [...typedTokens].reverse();
  const candidates = roster.filter((name) => {
    const listed = tokens(name);
    return fits(typedTokens, listed) || fits(reversed, listed);
  });
  if (candidates.length === 1) return { kind: 'close', name: candidates[0]! };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'unknown' };
}

export interface Student {
  /** What groups a student's plays: the roster's name when matched, else the typed name's key. */
  key: string;
  /** The name shown: the roster's spelling, or the typed one. */
  name: string;
  /** Set when the name needs the teacher's eye: not on the roster, or fitting several. */
  flag?: 'not-on-roster' | 'ambiguous';
}

/** Who a typed name is, against the roster (none: every name stands, grouped by its key). */
export function identifyStudent(typed: string, roster: readonly string[]): Student {
  if (roster.length === 0) return { key: nameKey(typed), name: typed };
  const match = matchName(typed, roster);
  switch (match.kind) {
    case 'exact':
    case 'close':
      return { key: `roster:${nameKey(match.name)}`, name: match.name };
    case 'ambiguous':
      return { key: nameKey(typed), name: typed, flag: 'ambiguous' };
    case 'unknown':
      return { key: nameKey(typed), name: typed, flag: 'not-on-roster' };
  }
}

/** The roster's names that no result belongs to. */
export function notSubmitted(roster: readonly string[], students: Iterable<Student>): string[] {
  const seen = new Set<string>();
  for (const student of students) seen.add(student.key);
  return roster.filter((name) => !seen.has(`roster:${nameKey(name)}`));
}
