import { describe, expect, it } from 'vitest';
import { articleBody, quotedShare, quoteProblems } from './rules';
import { ARTICLE, NO_ARTICLE } from '../source-texts';
import { loadScenarioFiles } from './scenario-files';

const files = loadScenarioFiles();
const article = ARTICLE ?? '';
/** Quoting more than this of the article would be republishing it (issue 13). */
const MAX_QUOTED_SHARE = 0.4;

describe.skipIf(NO_ARTICLE)('quotes are verbatim from the article', () => {
  it.each(files.map((f) => [f.file, f.scenario] as const))('%s', (_file, scenario) => {
    expect(quoteProblems(scenario, article)).toEqual([]);
  });

  it(`quote less than ${MAX_QUOTED_SHARE * 100} % of the article's body, all files together`, () => {
    const share = quotedShare(
      files.map((f) => f.scenario),
      article,
    );
    console.log(`quotes cover ${(share * 100).toFixed(1)} % of the article's body (${articleBody(article).length} characters); the limit is ${MAX_QUOTED_SHARE * 100} %`);
    expect(articleBody(article)).toMatch(/^MOSCOW — .* contributed\.$/);
    expect(share).toBeLessThan(MAX_QUOTED_SHARE);
  });

  it('counts every character a quote covers once, however many files quote it', () => {
    const one = files[0]!.scenario;
    const twice = structuredClone(one);
    twice.id = 'copy';
    expect(quotedShare([one, twice], article)).toBe(quotedShare([one], article));
    const whole = structuredClone(one);
    const quiz = Object.values(whole.nodes).find((n) => n.type === 'quiz')!;
    if (quiz.type !== 'quiz') throw new Error('unreachable');
    quiz.source.quote = articleBody(article);
    expect(quotedShare([whole], article)).toBe(1);
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
