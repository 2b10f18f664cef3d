import type { EndingNode, Scenario } from '../model/schema';
import { holds } from '../model/conditions';
import { DEFAULT_SCORING, playScore } from '../model/score';
import type { StoryContext } from './machine';
import type { PlayResult } from './types';

/** The finished play, as the format requires it recorded: enough to show, score and replay it. */
export function finishedPlay(scenario: Scenario, hash: string, context: StoryContext): PlayResult {
  const endingId = context.ending ?? '';
  const node = Object.hasOwn(scenario.nodes, endingId) ? scenario.nodes[endingId] : undefined;
  if (!node || node.type !== 'ending') throw new Error(`the play has not reached an ending (at "${endingId}")`);
  const correct = context.quiz.filter((a) => a.correct).length;
  const total = context.quiz.length;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    scenarioHash: hash,
    ending: endingId,
    endingTitle: node.title,
    endingText: node.text,
    debriefLines: debriefLinesFor(node.debriefLines, context),
    outcome: node.outcome,
    endingScore: node.score,
    score: playScore(node.score, correct, total, scenario.scoring ?? DEFAULT_SCORING),
    quiz: { correct, total, answers: context.quiz },
    meters: { ...context.story.meters },
    flags: { ...context.story.flags },
    steps: context.steps,
  };
}

/** How many of an ending's conditional debrief lines a play shows: the first ones that hold. */
const DEBRIEF_LINES_SHOWN = 3;

function debriefLinesFor(lines: EndingNode['debriefLines'], context: StoryContext): string[] {
  const shown: string[] = [];
  for (const line of lines ?? []) {
    if (shown.length === DEBRIEF_LINES_SHOWN) break;
    if (holds(line.if, context.story)) shown.push(line.text);
  }
  return shown;
}
