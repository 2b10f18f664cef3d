/**
 * Reading level of each shipped file, by the Flesch–Kincaid grade formula over the prose a student
 * reads (briefing, lines, feedback, questions, explanations, endings; not the article's own quoted
 * words, nor the one-line choices and options). The house rule: between grades 6 and 10.
 */
import { describe, expect, it } from 'vitest';
import type { TextField } from '../../src/core/model/text-limits';
import { textFields } from './rules';
import { loadScenarioFiles } from './scenario-files';

const PROSE: ReadonlySet<TextField> = new Set([
  'briefing',
  'dialogueText',
  'feedback',
  'question',
  'explanation',
  'endingText',
  'debrief',
  'debriefLine',
  'historyText',
  'epilogue',
]);
const GRADES = { min: 6, max: 10 };

/** Syllables by vowel groups, the usual estimate: a silent final e and -es/-ed endings do not count. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export function fleschKincaidGrade(texts: readonly string[]): number {
  let sentences = 0;
  let words = 0;
  let syllableCount = 0;
  for (const text of texts) {
    // Numbers such as 3,000 and abbreviations such as U.S. do not end sentences.
    const plain = text.replace(/\b(U\.S|U\.K|Dr|Mr|Ms)\./g, '$1').replace(/(\d)[.,](\d)/g, '$1$2');
    sentences += Math.max(1, plain.split(/[.!?]+(?:\s|$)/).filter((s) => /[A-Za-z]/.test(s)).length);
    for (const word of plain.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      words++;
      syllableCount += syllables(word);
    }
  }
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
}

const files = loadScenarioFiles();

describe(`reading level (Flesch–Kincaid grade ${GRADES.min} to ${GRADES.max})`, () => {
  it.each(files.map((f) => [f.file, f.scenario] as const))('%s', (file, scenario) => {
    const prose = textFields(scenario)
      .filter(([, field]) => PROSE.has(field))
      .map(([, , text]) => text);
    const grade = fleschKincaidGrade(prose);
    console.log(`${file}: Flesch–Kincaid grade ${grade.toFixed(1)} over ${prose.length} texts`);
    expect(grade).toBeGreaterThanOrEqual(GRADES.min);
    expect(grade).toBeLessThanOrEqual(GRADES.max);
  });

  it('scores plain short sentences low and long, many-syllabled ones high', () => {
    expect(fleschKincaidGrade(['The cat sat on the mat. The dog ran.'])).toBeLessThan(2);
    expect(
      fleschKincaidGrade([
        'Intergovernmental consultations regarding confidence-building measures necessitate comprehensive institutional coordination between delegations.',
      ]),
    ).toBeGreaterThan(16);
    expect(syllables('table')).toBe(2);
    expect(syllables('delegation')).toBe(4);
  });
});
