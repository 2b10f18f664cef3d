/**
 * Finds, in Node, one shortest play that reaches each ending of a scenario: a breadth-first walk over
 * the states a play can reach, stepped with the format's own semantics (the ways out of a node, and
 * `holds`, `applyEffects` and `markVisited`, which the engine's compiled machine uses too) rather
 * than through XState, which costs a hundred times more per step and made this search most of a test
 * run. Each play found is then replayed through the engine's `Play`, which must end at that ending
 * (so a walk that strayed from the engine fails loudly) and gives the score. The browser tests play
 * exactly these steps and compare ending and score.
 */
import { compileScenario, Play, type CompiledScenario, type Step } from '../../src/core/engine';
import { addReads, forEachConditionIn, holds, type ReadState } from '../../src/core/model/conditions';
import type { Scenario, ScenarioNode } from '../../src/core/model/schema';
import { applyEffects } from '../../src/core/model/effects';
import { initialState, markVisited, type StoryState } from '../../src/core/model/state';
import { valuesKeyer } from '../../src/core/validator/state-key';
import { takesFirstOpenWay, wayCondition, wayEffects, waysOut, type WayOut } from '../../src/core/model/ways-out';

export interface EndingPlay {
  ending: string;
  steps: Step[];
  /** The engine's score for this play. */
  score: number;
}

/** A state the walk reached: a node that waits for the player (or an ending), and how it got there. */
interface Reached {
  node: string;
  story: StoryState;
  /** The state before, and the step taken from it; the play is read back along these. */
  from: Reached | null;
  step: Step | null;
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  const node = scenario.nodes[id];
  if (!node) throw new Error(`no node "${id}"`);
  return node;
}

/**
 * Keys equal for two states whose plays go on alike: per node, a key of only the meters, flags and
 * visits that some condition reads (the validator's walk keys its states the same way). The score
 * is not in it: each play found is replayed for its score.
 */
function stateSeen(scenario: Scenario, reads: ReadState): (node: string, story: StoryState) => boolean {
  const keyOf = valuesKeyer(scenario, { meters: [...reads.meters], flags: [...reads.flags], visited: [...reads.visited] });
  const seen = new Map<string, Set<number | string>>();
  return (node, story) => {
    let keys = seen.get(node);
    if (!keys) seen.set(node, (keys = new Set()));
    const key = keyOf(story);
    if (keys.has(key)) return true;
    keys.add(key);
    return false;
  };
}

/** The player's inputs at a resting node, in the order the game lists them, each with the way it takes. */
function inputsAt(id: string, node: ScenarioNode): Array<{ step: Step; way: WayOut }> {
  const ways = waysOut(node);
  if (node.type === 'quiz')
    return node.options.flatMap((_, option) => {
      const way = ways.find((w) => w.kind === 'answer' && w.correct === (option === node.answer));
      return way ? [{ step: { kind: 'answer', node: id, option }, way }] : [];
    });
  return ways.flatMap((way): Array<{ step: Step; way: WayOut }> => {
    if (way.kind === 'continue') return [{ step: { kind: 'continue', node: id }, way }];
    if (way.kind === 'choice') return [{ step: { kind: 'choose', node: id, choice: way.choice.id }, way }];
    return [];
  });
}

export function findEndingPlays(scenario: Scenario, maxStates = 500_000): EndingPlay[] {
  const reads: ReadState = { meters: new Set(), flags: new Set(), visited: new Set() };
  forEachConditionIn(scenario, (condition) => addReads(condition, reads));
  const seenBefore = stateSeen(scenario, reads);
  /** Enters a node as the engine does: marked visited (if a condition reads it), and on through branches. */
  const enter = (target: string, before: StoryState): { node: string; story: StoryState } => {
    let node = target;
    let story = before;
    for (;;) {
      if (reads.visited.has(node)) story = markVisited(story, node);
      const scenarioNode = nodeOf(scenario, node);
      if (!takesFirstOpenWay(scenarioNode)) return { node, story };
      const open = waysOut(scenarioNode).find((way) => {
        const condition = wayCondition(way);
        return condition === undefined || holds(condition, story);
      });
      if (!open) throw new Error(`branch "${node}" has no open way`);
      node = open.target;
    }
  };

  const endingCount = Object.values(scenario.nodes).filter((node) => node.type === 'ending').length;
  const found = new Map<string, Reached>();
  const start = enter(scenario.start, initialState(scenario));
  seenBefore(start.node, start.story);
  const queue: Reached[] = [{ node: start.node, story: start.story, from: null, step: null }];
  for (let next = 0; next < queue.length && found.size < endingCount && queue.length < maxStates; next++) {
    const here = queue[next] as Reached;
    const node = nodeOf(scenario, here.node);
    if (node.type === 'ending') {
      if (!found.has(here.node)) found.set(here.node, here);
      continue;
    }
    for (const { step, way } of inputsAt(here.node, node)) {
      const condition = wayCondition(way);
      if (condition !== undefined && !holds(condition, here.story)) continue; // a choice not open here
      const after = enter(way.target, applyEffects(scenario, here.story, wayEffects(way)));
      if (!seenBefore(after.node, after.story)) queue.push({ node: after.node, story: after.story, from: here, step });
    }
  }
  const compiled = compileScenario(scenario);
  return [...found.entries()]
    .map(([ending, reached]) => {
      const steps = stepsTo(reached);
      return { ending, steps, score: engineScore(compiled, steps, ending) };
    })
    .sort((a, b) => a.ending.localeCompare(b.ending));
}

function stepsTo(reached: Reached): Step[] {
  const steps: Step[] = [];
  for (let at: Reached | null = reached; at?.step; at = at.from) steps.push(at.step);
  return steps.reverse();
}

/** Replays the steps through the engine's Play, the same API the game uses, and reads its score. */
function engineScore(compiled: CompiledScenario, steps: Step[], ending: string): number {
  const replayed = Play.replay(compiled, steps);
  if (!replayed.ok) throw new Error(`Play.replay refused the walk's steps at ${replayed.at}: ${replayed.message}`);
  const result = replayed.play.result;
  replayed.play.stop();
  if (result?.ending !== ending) throw new Error(`Play.replay ended at ${result?.ending ?? 'no ending'}, the walk at ${ending}`);
  return result.score;
}
