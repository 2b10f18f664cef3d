/**
 * `analyze` against brute force: on small random scenarios, every play of the engine's compiled
 * machine is enumerated one by one (no states merged, nothing remembered), and the analysis must
 * report the same reachable endings, shortest plays, counts of plays, score and meter ranges, and
 * choices no play takes. The analysis walks the model's definitions and merges states; the machine
 * is the engine itself, so this checks both the walk and the merging.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { analyzeScenario } from '../../../src/core/authoring/analyze';
import { compileScenario, type StoryMachine } from '../../../src/core/engine';
import type { Scenario } from '../../../src/core/model/schema';
import { eventsAt, shortestPlays } from '../engine/explore';
import { arbitraryScenario } from '../random-scenario';

type Snapshot = SnapshotFrom<StoryMachine>;

interface Range {
  min: number;
  max: number;
}

interface Found {
  /** Fewest answers (choices and quiz options) on a play. */
  shortest: number;
  plays: number;
  score: Range;
  meters: Record<string, Range>;
}

const widen = (r: Range | undefined, value: number): Range =>
  r ? { min: Math.min(r.min, value), max: Math.max(r.max, value) } : { min: value, max: value };

/** Every play of the machine, depth first; the scenarios only lead forward, so each play ends or gets stuck. */
function everyPlay(scenario: Scenario): { endings: Map<string, Found>; taken: Set<string> } {
  const { machine } = compileScenario(scenario);
  const endings = new Map<string, Found>();
  const taken = new Set<string>();
  const visit = (snapshot: Snapshot, answers: number): void => {
    if (snapshot.status === 'done') {
      const result = snapshot.output;
      if (!result) throw new Error('a finished play without its result');
      const known = endings.get(result.ending);
      const meters: Record<string, Range> = {};
      for (const [id, value] of Object.entries(result.meters)) meters[id] = widen(known?.meters[id], value);
      endings.set(result.ending, {
        shortest: Math.min(known?.shortest ?? Infinity, answers),
        plays: (known?.plays ?? 0) + 1,
        score: widen(known?.score, result.score),
        meters,
      });
      return;
    }
    const node = String(snapshot.value);
    for (const event of eventsAt(scenario.nodes[node])) {
      const next: Snapshot = getNextSnapshot(machine, snapshot, event);
      if (next === snapshot) continue; // refused: a locked choice
      if (event.type === 'story.choose') taken.add(`${node}/${event.choice}`);
      visit(next, answers + (event.type === 'story.continue' ? 0 : 1));
    }
  };
  visit(getInitialSnapshot(machine), 0);
  return { endings, taken };
}

/**
 * The fewest answers to each ending, by trying every play of 0, 1, 2, … answers in turn on the
 * machine (up to `depth`; a Continue gives no answer and is followed at once).
 */
function fewestAnswers(scenario: Scenario, depth: number): Map<string, number> {
  const { machine } = compileScenario(scenario);
  const fewest = new Map<string, number>();
  let plays: Snapshot[] = [getInitialSnapshot(machine)];
  for (let answers = 0; answers <= depth && plays.length > 0; answers++) {
    const longer: Snapshot[] = [];
    for (let snapshot of plays) {
      while (snapshot.status !== 'done' && eventsAt(scenario.nodes[String(snapshot.value)])[0]?.type === 'story.continue')
        snapshot = getNextSnapshot(machine, snapshot, { type: 'story.continue' });
      if (snapshot.status === 'done') {
        if (!fewest.has(String(snapshot.value))) fewest.set(String(snapshot.value), answers);
        continue;
      }
      for (const event of eventsAt(scenario.nodes[String(snapshot.value)])) {
        const next: Snapshot = getNextSnapshot(machine, snapshot, event);
        if (next !== snapshot) longer.push(next);
      }
    }
    plays = longer;
  }
  return fewest;
}

/** Plays `items` (choice ids and option indexes) on the machine and says where it ends. */
function endingOf(scenario: Scenario, items: Array<string | number>): string | null {
  const { machine } = compileScenario(scenario);
  let snapshot = getInitialSnapshot(machine);
  const queue = [...items];
  while (snapshot.status !== 'done') {
    const node = scenario.nodes[String(snapshot.value)];
    const event =
      node?.type === 'quiz'
        ? { type: 'quiz.answer' as const, option: queue.shift() as number }
        : node?.type === 'dialogue' && node.choices
          ? { type: 'story.choose' as const, choice: queue.shift() as string }
          : { type: 'story.continue' as const };
    const next: Snapshot = getNextSnapshot(machine, snapshot, event);
    if (next === snapshot) return null;
    snapshot = next;
  }
  return queue.length === 0 ? String(snapshot.value) : null;
}

describe('analyze, against every play enumerated', () => {
  it('finds the same endings, shortest plays, counts of plays, score and meter ranges, and untaken choices', () => {
    let reachedBoth = 0;
    fc.assert(
      fc.property(arbitraryScenario({ forwardOnly: true }), ({ diagnostics, scenario }) => {
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!scenario) return;
        const truth = everyPlay(scenario);
        const analysis = analyzeScenario(scenario);
        expect(analysis.cut).toBe(false);
        for (const ending of analysis.endings) {
          const found = truth.endings.get(ending.id);
          expect(ending.reachable).toBe(found !== undefined);
          if (!found) continue;
          expect(ending.shortestPlay?.length).toBe(found.shortest);
          expect(endingOf(scenario, ending.shortestPlay ?? [])).toBe(ending.id);
          expect(ending.plays).toEqual({ count: found.plays, capped: false });
          expect(ending.score).toEqual(found.score);
          expect(ending.meters).toEqual(found.meters);
        }
        const declared = Object.entries(scenario.nodes).flatMap(([id, node]) =>
          node.type === 'dialogue' && node.choices ? node.choices.map((c) => `${id}/${c.id}`) : [],
        );
        expect(analysis.choicesNeverTaken).toEqual(declared.filter((c) => !truth.taken.has(c)));
        if (truth.endings.size === 2) reachedBoth++;
      }),
      { numRuns: 300 },
    );
    // The scenarios must reach both endings often, not only one or none.
    expect(reachedBoth).toBeGreaterThan(30);
  });

  it('finds the reachable endings and the fewest answers to each when plays can loop', () => {
    const depth = 7;
    fc.assert(
      fc.property(arbitraryScenario(), ({ scenario }) => {
        if (!scenario) return;
        const analysis = analyzeScenario(scenario);
        // xstate/graph's traversal of the machine is the account of what is reachable at all.
        const reached = new Set(
          shortestPlays(compileScenario(scenario))
            .filter((p) => p.done)
            .map((p) => p.node),
        );
        expect(new Set(analysis.endings.filter((e) => e.reachable).map((e) => e.id))).toEqual(reached);
        const fewest = fewestAnswers(scenario, depth);
        for (const ending of analysis.endings.filter((e) => e.reachable)) {
          const length = ending.shortestPlay?.length ?? -1;
          expect(fewest.get(ending.id) ?? (length > depth ? length : 'not within the depth')).toBe(length);
          expect(endingOf(scenario, ending.shortestPlay ?? [])).toBe(ending.id);
        }
      }),
      { numRuns: 150 },
    );
  });
});
