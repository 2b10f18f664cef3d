import { describe, expect, it } from 'vitest';
import { quoteProblems } from './rules';
import { ARTICLE, NO_ARTICLE } from '../source-texts';
import { loadScenarioFiles } from './scenario-files';

const files = loadScenarioFiles();
const article = ARTICLE ?? '';

describe.skipIf(NO_ARTICLE)('quotes are verbatim from the article', () => {
  it.each(files.map((f) => [f.file, f.scenario] as const))('%s', (_file, scenario) => {
    expect(quoteProblems(scenario, article)).toEqual([]);
  });

  it('catches a straightened curly quote and an invented quoted line', () => {
    const scenario = structuredClone(files[0]!.scenario);
    const quiz = Object.values(scenario.nodes).find((n) => n.type === 'quiz')!;
    if (quiz.type !== 'quiz') throw new Error('unreachable');
    quiz.source.quote = 'We will not allow anyone to slam NATO\'s open-door policy shut';
    scenario.nodes['invented-line'] = {
      type: 'dialogue',
      speaker: 'narrator',
      text: 'We will move our troops wherever we like.',
      delivery: 'quote',
      source: { ref: 'ap-2022-01-11', quote: 'We will move our troops wherever we like.' },
      next: scenario.start,
    };
    const problems = quoteProblems(scenario, article);
    expect(problems.some((p) => p.includes('slam NATO'))).toBe(true);
    expect(problems.filter((p) => p.startsWith('/nodes/invented-line/'))).toEqual([
      '/nodes/invented-line/source/quote not in the article: We will move our troops wherever we like.',
      '/nodes/invented-line/text is delivered as a quote but is not in the article: We will move our troops wherever we like.',
    ]);
  });

  it('ignores differences in whitespace only', () => {
    const scenario = structuredClone(files[0]!.scenario);
    const quiz = Object.values(scenario.nodes).find((n) => n.type === 'quiz')!;
    if (quiz.type !== 'quiz') throw new Error('unreachable');
    quiz.source.quote = 'Moscow says it has no plans\n   to attack its neighbor.';
    expect(quoteProblems(scenario, article)).toEqual([]);
  });
});
