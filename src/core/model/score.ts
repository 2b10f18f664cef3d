export interface ScoringWeights {
  ending: number;
  quiz: number;
}

export const DEFAULT_SCORING: ScoringWeights = { ending: 0.5, quiz: 0.5 };

/**
 * The format's score: round(wE * ending + wQ * 100 * correct / total), weights normalised to sum
 * to 1, rounding half up; a play that answered no quiz scores the ending's score.
 */
export function playScore(endingScore: number, correct: number, total: number, weights: ScoringWeights = DEFAULT_SCORING): number {
  if (total === 0) return endingScore;
  const sum = weights.ending + weights.quiz;
  const [wE, wQ] = sum > 0 ? [weights.ending / sum, weights.quiz / sum] : [0.5, 0.5];
  return Math.floor(wE * endingScore + wQ * 100 * (correct / total) + 0.5);
}
