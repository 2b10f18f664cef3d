/**
 * The validator as the game uses it. Every error is still found; only the exhaustive walk over all
 * plays is skipped, because it only yields authoring warnings a player cannot act on and it costs
 * most of a second per scenario on a fast machine (far more on a school Chromebook).
 */
import { validateScenarioText } from '../core/validator';
import type { ValidateScenarioText } from './catalog';

export const validateForPlay: ValidateScenarioText = (text, { file }) => validateScenarioText(text, { file, explorationLimit: 0 });
