import { describe, expect, it } from 'vitest';
import { quizReviewLines } from '../../src/app/wording';

describe('quiz review wording (shared by the canvas and the DOM layer)', () => {
  const answer = { node: 'q', question: "Where were Monday's talks?", options: ['Geneva', 'Vienna', 'Brussels'], answer: 0 };

  it('names the option the player chose when it was right', () => {
    expect(quizReviewLines({ ...answer, chosen: 0, correct: true })).toEqual(['Correct: you answered “Geneva”.']);
  });

  it('names both the chosen option and the right one when it was wrong', () => {
    expect(quizReviewLines({ ...answer, chosen: 2, correct: false })).toEqual([
      'Not quite: you answered “Brussels”.',
      'The answer: “Geneva”.',
    ]);
  });
});
