/** One fixture per error code and warning: code, severity, line, column and path of each finding. */
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../../src/core/validator/index';
import { NO_ARTICLE, SOURCE_TEXTS } from '../../source-texts';
import { fixtureText, positionOf } from './fixture-helpers';

interface Case {
  fixture: string;
  code: string;
  path: string;
  /** The snippet the diagnostic points at, with `|` at the exact position. */
  at: string;
  /** A word the message must contain (a suggestion, a number, a name). */
  says: string;
  /** Found only against the article's text (W_QUOTE), so skipped where it is not at hand. */
  needsArticle?: true;
}

const errors: Case[] = [
  { fixture: 'e-json', code: 'E_JSON', path: '', at: '|"title": "Brussels', says: 'missing comma' },
  {
    fixture: 'e-format-version',
    code: 'E_FORMAT',
    path: '/formatVersion',
    at: '"formatVersion": |2',
    says: 'this file is format version 2; this game reads version 1, update the game',
  },
  {
    fixture: 'e-format-wrong',
    code: 'E_FORMAT',
    path: '/format',
    at: '"format": |"crisis-table/scenarios"',
    says: '"crisis-table/scenario"',
  },
  { fixture: 'e-schema-unknown-key', code: 'E_SCHEMA', path: '/nodes/check/nxt', at: '|"nxt"', says: 'did you mean "next"?' },
  { fixture: 'e-schema-node-type', code: 'E_SCHEMA', path: '/nodes/united/type', at: '"type": |"endng"', says: 'did you mean "ending"?' },
  {
    fixture: 'e-schema-choices-and-next',
    code: 'E_SCHEMA',
    path: '/nodes/opening/next',
    at: '"next": |"check"\n    },',
    says: 'never both',
  },
  { fixture: 'e-schema-no-choices-no-next', code: 'E_SCHEMA', path: '/nodes/opening', at: '"opening": |{', says: '"choices"' },
  { fixture: 'e-schema-missing-keys', code: 'E_SCHEMA', path: '/nodes/check', at: '"check": |{', says: '"question", "explanation"' },
  {
    fixture: 'e-schema-condition',
    code: 'E_SCHEMA',
    path: '/nodes/route/cases/0/if/all/1/gte',
    at: '"gte": |"sixty"',
    says: 'must be a number',
  },
  { fixture: 'e-schema-out-of-range', code: 'E_SCHEMA', path: '/estimatedMinutes', at: '"estimatedMinutes": |500', says: 'at most 120' },
  { fixture: 'e-id-not-kebab', code: 'E_ID', path: '/nodes/United_Front', at: '|"United_Front": {', says: '"united-front"' },
  { fixture: 'e-id-file-name', code: 'E_ID', path: '/id', at: '"id": |"some-other-name"', says: 'e-id-file-name.json' },
  { fixture: 'e-id-narrator', code: 'E_ID', path: '/characters/narrator', at: '|"narrator": {', says: 'reserved' },
  { fixture: 'e-id-proto', code: 'E_ID', path: '/nodes/__proto__', at: '|"__proto__": {', says: 'not kebab-case' },
  { fixture: 'e-duplicate-key', code: 'E_DUPLICATE', path: '/nodes/united/score', at: '|"score": 95', says: 'appears twice' },
  {
    fixture: 'e-duplicate-choice',
    code: 'E_DUPLICATE',
    path: '/nodes/opening/choices/1/id',
    at: '"id": |"agree",\n          "text": "Suggest',
    says: '"agree"',
  },
  {
    fixture: 'e-duplicate-option',
    code: 'E_DUPLICATE',
    path: '/nodes/check/options/2',
    at: '"Brussels",\n        |"Geneva"',
    says: '"Geneva"',
  },
  {
    fixture: 'e-ref-next',
    code: 'E_REF',
    path: '/nodes/opening/choices/0/next',
    at: '"next": |"chek"',
    says: "no node named 'chek'; did you mean 'check'?",
  },
  { fixture: 'e-ref-speaker', code: 'E_REF', path: '/nodes/opening/speaker', at: '"speaker": |"smyth"', says: "did you mean 'smith'?" },
  {
    fixture: 'e-ref-meter',
    code: 'E_REF',
    path: '/nodes/opening/choices/1/effects/meters/trusst',
    at: '|"trusst"',
    says: "did you mean 'trust'?",
  },
  {
    fixture: 'e-ref-flag',
    code: 'E_REF',
    path: '/nodes/route/cases/0/if/all/0/flag',
    at: '"flag": |"held-frim"',
    says: "did you mean 'held-firm'?",
  },
  {
    fixture: 'e-ref-source',
    code: 'E_REF',
    path: '/nodes/check/source/ref',
    at: '"ref": |"ap-2022-01-12"',
    says: "did you mean 'ap-2022-01-11'?",
  },
  { fixture: 'e-unreachable', code: 'E_UNREACHABLE', path: '/nodes/orphan', at: '"orphan": |{', says: "'orphan'" },
  { fixture: 'e-no-ending', code: 'E_NO_ENDING', path: '/nodes', at: '"nodes": |{', says: 'no node of type "ending"' },
  { fixture: 'e-quiz', code: 'E_QUIZ', path: '/nodes/check/answer', at: '"answer": |3', says: 'numbered 0 to 2' },
  { fixture: 'e-meter-min-max', code: 'E_METER', path: '/meters/trust/min', at: '"min": |100', says: 'must be below "max"' },
  { fixture: 'e-meter-initial', code: 'E_METER', path: '/meters/trust/initial', at: '"initial": |150', says: 'outside' },
];

const warnings: Case[] = [
  {
    fixture: 'w-condition-never',
    code: 'W_CONDITION_NEVER',
    path: '/nodes/route/cases/0/if/all/1',
    at: '|{\n                "meter": "trust",\n                "gt": 100',
    says: '0..100',
  },
  { fixture: 'w-ending-unreachable', code: 'W_ENDING_UNREACHABLE', path: '/nodes/united', at: '"united": |{', says: "'united'" },
  {
    fixture: 'w-choices-unavailable',
    code: 'W_CHOICES_UNAVAILABLE',
    path: '/nodes/decide/choices',
    at: '"choices": |[\n        {\n          "id": "push"',
    says: 'Trust 30',
  },
  { fixture: 'w-trapped', code: 'W_TRAPPED', path: '/nodes/retry', at: '"retry": |{', says: 'Trust 30, not held-firm' },
  {
    fixture: 'w-claim',
    code: 'W_CLAIM',
    path: '/nodes/united/claims/1',
    at: '"claims": [\n        {\n          "flag": "held-firm"\n        },\n        |{',
    says: 'claims Trust at least 80, but a play can reach it without that; for example with Trust 70, held-firm',
  },
  {
    fixture: 'w-quote',
    code: 'W_QUOTE',
    path: '/nodes/check/source/quote',
    at: '"quote": |"a round of Russia-NATO talks in Brussels on Thursday"',
    says: 'word for word',
    needsArticle: true,
  },
  {
    fixture: 'w-quote-straight-apostrophe',
    code: 'W_QUOTE',
    path: '/nodes/opening/text',
    at: `"text": |"We will not allow anyone to slam NATO's`,
    says: 'curly',
    needsArticle: true,
  },
  {
    fixture: 'w-text-length',
    code: 'W_TEXT_LENGTH',
    path: '/nodes/united/text',
    at: '"text": |"The allies speak with one voice. The',
    says: 'at most 320',
  },
  { fixture: 'w-real-speech', code: 'W_REAL_SPEECH', path: '/nodes/opening/text', at: '"text": |"We will not allow', says: 'delivery' },
];

function validate(fixture: string, explorationLimit?: number) {
  const text = fixtureText(fixture);
  const options = {
    file: `scenarios/${fixture}.json`,
    sourceTexts: SOURCE_TEXTS,
    ...(explorationLimit === undefined ? {} : { explorationLimit }),
  };
  return { text, result: validateScenarioText(text, options) };
}

function checkWarning({ fixture, code, path, at, says }: Case): void {
  const { text, result } = validate(fixture);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const found = result.diagnostics.find((d) => d.code === code);
  expect(found).toMatchObject({ path, severity: 'warning', ...positionOf(text, at) });
  expect(found?.message).toContain(says);
  // Warnings do not stop a scenario from being played.
  expect(result.scenario?.id).toBe(fixture);
}

describe('validator fixtures', () => {
  it.each(errors)('$fixture: $code at $path', ({ fixture, code, path, at, says }) => {
    const { text, result } = validate(fixture);
    const found = result.diagnostics.filter((d) => d.severity === 'error');
    // Each fixture breaks one rule, so exactly one error, and no scenario is handed out.
    expect(found.map((d) => d.code)).toEqual([code]);
    expect(found[0]).toMatchObject({ file: `scenarios/${fixture}.json`, path, severity: 'error', ...positionOf(text, at) });
    expect(found[0]?.message).toContain(says);
    expect(result.scenario).toBeUndefined();
  });

  it.each(warnings.filter((c) => !c.needsArticle))('$fixture: $code at $path', checkWarning);
  it.skipIf(NO_ARTICLE).each(warnings.filter((c) => c.needsArticle))('$fixture: $code at $path', checkWarning);

  it('accepts the base file of the patched fixtures with no findings: each patch adds the one finding its case expects', () => {
    expect(validate('valid-base').result.diagnostics).toEqual([]);
  });

  it('accepts the valid fixture with no findings and returns the scenario without x- keys', () => {
    const { result } = validate('valid-minimal');
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.start).toBe('opening');
    expect(Object.keys(result.scenario ?? {})).not.toContain('x-notes');
  });

  it('skips the quote check when no source text is at hand', () => {
    const result = validateScenarioText(fixtureText('w-quote'), { file: 'w-quote.json' });
    expect(result.diagnostics).toEqual([]);
  });

  it('stops exploring at the limit, says so once, and then claims no unreachable ending', () => {
    const limited = validate('w-exploration-limit', 500).result.diagnostics;
    expect(limited.map((d) => d.code)).toEqual(['W_EXPLORATION_LIMIT']);
    expect(limited[0]).toMatchObject({ path: '', line: 1, column: 1, severity: 'warning' });
    // With the default limit the same file is explored completely: the meter's 1,001 values fit.
    expect(validate('w-exploration-limit').result.diagnostics).toEqual([]);
  });

  it('skips the walk and its warnings when the exploration limit is 0', () => {
    expect(validate('w-trapped').result.diagnostics.map((d) => d.code)).toEqual(['W_TRAPPED']);
    const { result } = validate('w-trapped', 0);
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.id).toBe('w-trapped');
  });

  it('lets a duplicate key not hide the other errors: the graph checks still run', () => {
    const orphan =
      '"orphan": { "type": "ending", "title": "Lost", "text": "Nobody gets here.", "outcome": "failure", "score": 0, "debrief": "Unreachable." },';
    const text = fixtureText('e-duplicate-key').replace('"nodes": {', `"nodes": {\n    ${orphan}`);
    const { diagnostics } = validateScenarioText(text, { file: 'scenarios/e-duplicate-key.json' });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['E_UNREACHABLE', 'E_DUPLICATE']);
  });

  it('sorts diagnostics by line, then column', () => {
    // The duplicate key (near the end) is found before the bad id (near the top).
    const text = fixtureText('e-duplicate-key').replace('"id": "e-duplicate-key"', '"id": "Bad_Id"');
    const { diagnostics } = validateScenarioText(text, { file: 'Bad_Id.json' });
    expect(diagnostics.map((d) => d.code)).toEqual(['E_ID', 'E_DUPLICATE']);
    const order = diagnostics.map((d) => d.line * 10_000 + d.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
