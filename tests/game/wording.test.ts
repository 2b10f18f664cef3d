import { describe, expect, it } from 'vitest';
import { citationLine } from '../../src/game/citation';
import { changeIsBetter, describeChange } from '../../src/game/widgets/meter-bar';

describe('meter change wording', () => {
  it('marks a change better or worse by the direction the meter prefers', () => {
    expect(changeIsBetter({ better: 'higher', change: 5 })).toBe(true);
    expect(changeIsBetter({ better: 'higher', change: -5 })).toBe(false);
    expect(changeIsBetter({ better: 'lower', change: -5 })).toBe(true);
    expect(changeIsBetter({ better: 'lower', change: 10 })).toBe(false);
  });

  it('says the amount and the verdict in words, not colour alone', () => {
    expect(describeChange({ better: 'lower', change: 10 })).toBe('▲ +10 worse');
    expect(describeChange({ better: 'higher', change: -3 })).toBe('▼ −3 worse');
    expect(describeChange({ better: 'lower', change: -7 })).toBe('▼ −7 better');
    expect(describeChange({ better: 'higher', change: 0 })).toBe('');
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
