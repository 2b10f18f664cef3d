/**
 * What the class did, counted over the verified plays of one scenario: each quiz question (share
 * correct, the wrong option chosen most), each choice (how many took it) and each ending (how many
 * reached it). A student's retries count each time: the teacher sees every play, not only the best.
 */
import type { QuizNode, Scenario } from '../core/model/schema';
import type { ResultReport } from '../core/results';
import { counts } from './report-status';

interface QuestionStats {
  node: string;
  quiz: QuizNode;
  answered: number;
  correct: number;
  /** The wrong option most chosen (lowest index among equals), with how many chose it. */
  commonWrong?: { option: number; times: number };
}

export interface ScenarioStats {
  plays: number;
  questions: QuestionStats[];
  /** `node\u0000choice` → how many plays took that choice (each time it was taken). */
  choices: Map<string, number>;
  /** Node id → how many plays passed through it. */
  visits: Map<string, number>;
  endings: Map<string, number>;
}

export const choiceKey = (node: string, choice: string): string => `${node}\u0000${choice}`;

/** Counts plays one at a time (so a page can count a large class in slices), then gives the stats. */
export function statsTally(scenario: Scenario): { add: (report: ResultReport) => void; done: () => ScenarioStats } {
  let plays = 0;
  const tallies = new Map<string, { answered: number; correct: number; chosen: number[] }>();
  const choices = new Map<string, number>();
  const visits = new Map<string, number>();
  const endings = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  const add = (play: ResultReport): void => {
    if (!counts(play) || play.scenario !== scenario.id || play.version !== scenario.version) return;
    plays++;
    const passed = new Set<string>();
    for (const step of play.steps) {
      passed.add(step.node);
      if (step.kind === 'choose' && step.choice !== undefined) bump(choices, choiceKey(step.node, step.choice));
      if (step.kind !== 'answer' || step.option === undefined || step.correct === undefined) continue;
      const tally = tallies.get(step.node) ?? { answered: 0, correct: 0, chosen: [] };
      tally.answered++;
      if (step.correct) tally.correct++;
      else tally.chosen[step.option] = (tally.chosen[step.option] ?? 0) + 1;
      tallies.set(step.node, tally);
    }
    if (play.ending) {
      passed.add(play.ending);
      bump(endings, play.ending);
    }
    for (const node of passed) bump(visits, node);
  };
  const done = (): ScenarioStats => {
    const questions: QuestionStats[] = [];
    for (const [node, quiz] of Object.entries(scenario.nodes)) {
      if (quiz.type !== 'quiz') continue;
      const tally = tallies.get(node) ?? { answered: 0, correct: 0, chosen: [] };
      let commonWrong: QuestionStats['commonWrong'];
      tally.chosen.forEach((times, option) => {
        if (times > 0 && (commonWrong === undefined || times > commonWrong.times)) commonWrong = { option, times };
      });
      questions.push({ node, quiz, answered: tally.answered, correct: tally.correct, ...(commonWrong ? { commonWrong } : {}) });
    }
    return { plays, questions, choices, visits, endings };
  };
  return { add, done };
}

export function scenarioStats(scenario: Scenario, reports: readonly ResultReport[]): ScenarioStats {
  const tally = statsTally(scenario);
  for (const report of reports) tally.add(report);
  return tally.done();
}
