import { describe, expect, it } from 'vitest';
import type { MeterView } from '../../src/core/engine/types';
import { citationLine, meterChangeIsBetter, meterWords, quizReviewLines } from '../../src/app/wording';

describe('quiz review wording (shared by the canvas and the DOM layer)', () => {
  const answer = { node: 'q', question: "Where were Monday's talks?", options: ['Geneva', 'Vienna', 'Brussels'], answer: 0 };

  it('names the option the player chose when it was right', () => {
    expect(quizReviewLines({ ...answer, chosen: 0, correct: true })).toEqual(['✓ Correct: you answered “Geneva”.']);
  });

  it('names both the chosen option and the right one when it was wrong', () => {
    expect(quizReviewLines({ ...answer, chosen: 2, correct: false })).toEqual([
      '✗ Not quite: you answered “Brussels”.',
      'The answer: “Geneva”.',
    ]);
  });
});

describe('meter wording', () => {
  const meter = (better: 'higher' | 'lower', change: number): MeterView => ({
    id: 'tension',
    label: 'Tension',
    description: 'How close the talks are to breaking down.',
    value: 40,
    min: 0,
    max: 100,
    better,
    change,
  });

  it('marks a change better or worse by the direction the meter prefers', () => {
    expect(meterChangeIsBetter({ better: 'higher', change: 5 })).toBe(true);
    expect(meterChangeIsBetter({ better: 'higher', change: -5 })).toBe(false);
    expect(meterChangeIsBetter({ better: 'lower', change: -5 })).toBe(true);
    expect(meterChangeIsBetter({ better: 'lower', change: 10 })).toBe(false);
  });

  it('says the amount and the verdict in words, not colour alone: shown, read out and told in the log', () => {
    expect(meterWords(meter('lower', 10))).toEqual({
      label: 'Tension',
      value: '40/100',
      summary: 'Tension 40 of 100, up 10 (worse)',
      about: 'How close the talks are to breaking down. Lower is better.',
      change: { better: false, shown: '▲ +10 worse', told: 'Tension up 10 to 40 (worse)' },
    });
    expect(meterWords(meter('higher', -3)).change?.shown).toBe('▼ −3 worse');
    expect(meterWords(meter('lower', -7)).change?.shown).toBe('▼ −7 better');
    expect(meterWords(meter('higher', 0))).toEqual({
      label: 'Tension',
      value: '40/100',
      summary: 'Tension 40 of 100',
      about: 'How close the talks are to breaking down. Higher is better.',
      change: null,
    });
  });
});

describe('citation line', () => {
  const citations = { 'ap-2022-01-11': 'Associated Press, 11 Jan 2022' };

  it('cites a quote as the contract words it', () => {
    expect(citationLine('quote', 'ap-2022-01-11', citations)).toBe('— quoted from Associated Press, 11 Jan 2022');
  });

  it('marks a paraphrase as one', () => {
    expect(citationLine('paraphrase', 'ap-2022-01-11', citations)).toBe(
      '— paraphrasing a position reported by Associated Press, 11 Jan 2022',
    );
  });

  it('still says it is a quote when the source id is unknown', () => {
    expect(citationLine('quote', 'missing', citations)).toBe('— quoted from the cited source');
  });
});
