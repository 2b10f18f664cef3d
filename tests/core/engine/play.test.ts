import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileScenario, Play, type SaveData, type Step } from '../../../src/core/engine';
import { ScenarioSchema } from '../../../src/core/model/schema';
import { places } from '../json-places';
import { playsToEndings } from './explore';
import { runTestplan } from './testplan';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const scenario = v.parse(ScenarioSchema, JSON.parse(readFileSync(fixture('gates-and-loops.json'), 'utf8')));
const compiled = compileScenario(scenario);

/** One input a player could give on this screen, picked by `pick`. */
function takeSomeStep(play: Play, pick: number): void {
  const screen = play.screen;
  if (screen.kind === 'line') play.continue();
  else if (screen.kind === 'quiz') play.answer(pick % screen.options.length);
  else if (screen.kind === 'choice') {
    const open = screen.choices.filter((c) => c.available);
    play.choose(open[pick % open.length]?.id ?? '');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A save as it comes back from storage. */
function roundTrip(save: SaveData): SaveData {
  return JSON.parse(JSON.stringify(save)) as SaveData;
}

function playThrough(steps: readonly Step[]): Play {
  const replayed = Play.replay(compiled, steps);
  if (!replayed.ok) throw new Error(replayed.message);
  return replayed.play;
}

describe('Play on gates-and-loops', () => {
  it('follows its testplan transcript (gates, feedback, clamping, the quiz loop, weighted scores)', () => {
    expect(runTestplan(compiled, readFileSync(fixture('gates-and-loops.testplan'), 'utf8'))).toBe(3);
  });

  it('reaches every ending through exploration with xstate/graph', () => {
    expect([...playsToEndings(compiled).keys()].sort()).toEqual(['deal', 'stalemate', 'walkout']);
  });

  it('shows an unavailable choice with the reason in plain words', () => {
    const screen = Play.start(compiled).screen;
    expect(screen.kind === 'choice' && screen.choices.find((c) => c.id === 'bold')).toEqual({
      id: 'bold',
      index: 3,
      text: 'A bold offer.',
      available: false,
      reason: 'Needs Trust at least 60.',
    });
  });

  it("shows the author's own reason for a locked choice when the scenario gives one", () => {
    const worded = structuredClone(scenario);
    const open = worded.nodes.open;
    if (open?.type !== 'dialogue' || !open.choices?.[3]) throw new Error('fixture changed');
    open.choices[3].requiresText = 'Only once they trust you.';
    const screen = Play.start(compileScenario(worded)).screen;
    expect(screen.kind === 'choice' && screen.choices[3]?.reason).toBe('Only once they trust you.');
  });

  it("puts the first three of the ending's debrief lines that hold into the result, visits included", () => {
    const lined = structuredClone(scenario);
    const walkout = lined.nodes.walkout;
    if (walkout?.type !== 'ending') throw new Error('fixture changed');
    walkout.debriefLines = [
      { if: { flag: 'pushed', is: false }, text: 'never shown: this play pushed' },
      { if: { flag: 'pushed' }, text: 'You pushed.' },
      { if: { visited: 'intro' }, text: 'You heard the intro.' },
      { if: { meter: 'trust', lte: 30 }, text: 'Trust fell.' },
      { if: { meter: 'tension', gte: 0 }, text: 'never shown: three lines already hold' },
    ];
    const compiledLines = compileScenario(lined);
    const steps = [...playsToEndings(compiledLines)].find(([ending]) => ending === 'walkout')?.[1] ?? [];
    const pushed = Play.replay(compiledLines, [{ kind: 'choose', node: 'open', choice: 'push' }, ...steps.slice(1)]);
    if (!pushed.ok) throw new Error(pushed.message);
    expect(pushed.play.result?.ending).toBe('walkout');
    expect(pushed.play.result?.debriefLines).toEqual(['You pushed.', 'You heard the intro.', 'Trust fell.']);
    expect(playThrough(steps).result?.debriefLines.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('refuses input that does not fit the screen without changing the play', () => {
    const play = Play.start(compiled);
    const before = play.save();
    expect(play.choose('bold')).toMatchObject({ ok: false, expected: ['warm', 'push', 'listen'] });
    expect(play.choose('nope')).toMatchObject({ ok: false });
    expect(play.answer(0)).toMatchObject({ ok: false, expected: ['warm', 'push', 'listen'] });
    expect(play.continue()).toMatchObject({ ok: false });
    expect(play.save()).toEqual(before);
  });

  it('replays a recorded play to the same ending, meters and score', () => {
    for (const steps of playsToEndings(compiled).values()) {
      const first = playThrough(steps).result;
      const again = playThrough(first?.steps ?? []).result;
      expect(again).toEqual(first);
    }
  });

  it('saves in the middle and resumes exactly where it stopped', () => {
    for (const steps of playsToEndings(compiled).values()) {
      const straight = playThrough(steps).result;
      for (let cut = 0; cut < steps.length; cut++) {
        const saved = roundTrip(playThrough(steps.slice(0, cut)).save());
        const restored = Play.restore(compiled, saved);
        if (!restored.ok) throw new Error(restored.message);
        const play = restored.play;
        for (const step of steps.slice(cut)) {
          const result =
            step.kind === 'choose' ? play.choose(step.choice) : step.kind === 'answer' ? play.answer(step.option) : play.continue();
          expect(result).toEqual({ ok: true });
        }
        expect(play.result).toEqual(straight);
      }
    }
  });

  it('undoes back to just before the last decision, lines and all', () => {
    const play = Play.start(compiled);
    const screen = play.screen;
    const meters = play.meters.map((m) => m.value);
    expect(play.undoState).toBe('no-decision');
    play.choose('warm');
    play.continue();
    expect(play.screen.node).toBe('quiz');
    expect(play.undo()).toBe(true);
    expect(play.screen).toEqual(screen);
    expect(play.meters.map((m) => m.value)).toEqual(meters);
    expect(play.steps).toEqual([]);
    expect(play.undos).toBe(1);
    expect(play.undo()).toBe(false);
    expect(play.undos).toBe(1);
  });

  it('keeps a quiz answer once given: undo cannot take it back, so a wrong answer cannot be retaken', () => {
    const play = Play.start(compiled);
    play.choose('push');
    play.continue();
    play.answer(2);
    expect(play.lastOutcome?.quiz?.correct).toBe(false);
    const after = play.save();
    expect(play.undoState).toBe('answer-given');
    expect(play.canUndo).toBe(false);
    expect(play.undo()).toBe(false);
    expect(play.save()).toEqual(after);
    // A decision after the answer can be taken back, to where the answer still stands.
    play.choose('again');
    expect(play.undo()).toBe(true);
    expect(play.save()).toEqual({ ...after, undos: 1 });
  });

  it('never takes back an answer, however undo and input are mixed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 40 }), (inputs) => {
        const play = Play.start(compiled);
        const given: Step[] = [];
        for (const [undo, pick] of inputs) {
          if (undo) play.undo();
          else if (!play.finished) {
            takeSomeStep(play, pick);
            const last = play.steps.at(-1);
            if (last?.kind === 'answer' && given.at(-1) !== last) given.push(last);
          }
          expect(play.steps.filter((s) => s.kind === 'answer')).toEqual(given);
        }
      }),
    );
  });

  it('notifies subscribers on every step and on undo', () => {
    const play = Play.start(compiled);
    const seen: string[] = [];
    play.subscribe((p) => seen.push(p.screen.node));
    play.choose('push');
    play.continue();
    play.undo();
    expect(seen).toEqual(['intro', 'quiz', 'open']);
  });

  it('keeps every meter within its range whatever is played', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (picks) => {
        const play = Play.start(compiled);
        for (const pick of picks) {
          if (play.finished) break;
          takeSomeStep(play, pick);
          for (const meter of play.meters) {
            expect(meter.value).toBeGreaterThanOrEqual(meter.min);
            expect(meter.value).toBeLessThanOrEqual(meter.max);
          }
        }
      }),
    );
  });
});

describe('Play.restore: a save is its steps, replayed', () => {
  const midway = () => {
    const play = Play.start(compiled);
    play.choose('warm');
    play.continue();
    return roundTrip(play.save());
  };

  /** A version 1 save, as the game wrote them: XState's snapshot, with the steps inside it. */
  const versionOneSave = (steps: Step[], context: Record<string, unknown> = {}) => {
    const { scenario: header } = midway();
    return { format: 'crisis-table/save', saveVersion: 1, scenario: header, snapshot: { value: 'quiz', context: { ...context, steps } } };
  };

  it('saves the scenario, the steps of the play as it stands and the count of undos', () => {
    const play = Play.start(compiled);
    play.choose('listen');
    play.undo();
    play.choose('warm');
    expect(play.save()).toEqual({
      format: 'crisis-table/save',
      saveVersion: 2,
      scenario: { id: scenario.id, version: scenario.version, hash: compiled.hash },
      steps: [{ kind: 'choose', node: 'open', choice: 'warm' }],
      undos: 1,
    });
    const restored = Play.restore(compiled, roundTrip(play.save()));
    expect(restored.ok && restored.play.undos).toBe(1);
  });

  it('recognises a save of another version of the scenario', () => {
    const changed = compileScenario({ ...scenario, version: '1.1.0', title: 'Gates and loops, revised' });
    expect(Play.restore(changed, midway())).toMatchObject({ ok: false, reason: 'other-version' });
  });

  it('recognises a save of another scenario', () => {
    const save = midway();
    save.scenario.id = 'another';
    expect(Play.restore(compiled, save)).toMatchObject({ ok: false, reason: 'other-scenario' });
  });

  it('refuses a save whose steps do not replay', () => {
    const save = midway();
    save.steps[1]!.node = 'deal';
    expect(Play.restore(compiled, save)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(Play.restore(compiled, { ...midway(), undos: -1 })).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(Play.restore(compiled, { ...midway(), saveVersion: 3 })).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('reads a version 1 save by its steps alone: a story or quiz record edited in its snapshot counts for nothing', () => {
    const steps: Step[] = [
      { kind: 'choose', node: 'open', choice: 'push' },
      { kind: 'continue', node: 'intro' },
      { kind: 'answer', node: 'quiz', option: 2 },
    ];
    const edited = versionOneSave(steps, {
      story: { meters: { trust: 100, tension: 0 }, flags: {}, visited: [] },
      quiz: [{ node: 'quiz', question: '', chosen: 0, answer: 0, correct: true }],
    });
    const restored = Play.restore(compiled, edited);
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.play.save()).toEqual({ ...playThrough(steps).save(), undos: 0 });
    expect(restored.play.meters).toEqual(playThrough(steps).meters);
    expect(restored.play.screen.node).toBe('retry');
    expect(Play.restore(compiled, versionOneSave([{ kind: 'continue', node: 'open' }]))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('restores a save edited field by field as exactly the replay of its steps, or refuses it', () => {
    const nodes = Object.keys(scenario.nodes);
    const plausible = fc.oneof(
      fc.constantFrom(...nodes, 'warm', 'push', 'listen', 'bold', 'again', 'move-on', 'choose', 'answer', 'continue'),
      fc.integer({ min: -1, max: 4 }),
      fc.anything({ maxDepth: 2 }),
    );
    const playedSave = fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 12 }).map((inputs) => {
      const play = Play.start(compiled);
      for (const [undo, pick] of inputs) {
        if (undo) play.undo();
        else if (!play.finished) takeSomeStep(play, pick);
      }
      return roundTrip(play.save()) as unknown as Record<string, unknown>;
    });
    fc.assert(
      fc.property(playedSave, fc.nat(), plausible, fc.boolean(), (save, where, value, remove) => {
        const edited = structuredClone(save);
        const all = places(edited);
        const path = all[where % all.length]!;
        if (path.length === 0) return;
        let parent = edited as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const key = path.at(-1)!;
        if (remove && !Array.isArray(parent)) delete parent[key];
        else parent[key] = value;

        const restored = Play.restore(compiled, edited);
        const replayed = Array.isArray(edited.steps) ? Play.replay(compiled, edited.steps) : undefined;
        const headerIntact =
          edited.format === 'crisis-table/save' &&
          edited.saveVersion === 2 &&
          isRecord(edited.scenario) &&
          typeof edited.scenario.version === 'string' &&
          // The version is only named in messages: the hash is what ties a save to the text.
          edited.scenario.id === scenario.id &&
          edited.scenario.hash === compiled.hash &&
          Number.isSafeInteger(edited.undos) &&
          (edited.undos as number) >= 0;
        if (!restored.ok) {
          expect(['corrupt', 'other-scenario', 'other-version']).toContain(restored.reason);
          expect(headerIntact && replayed?.ok === true).toBe(false);
          return;
        }
        if (!replayed?.ok) throw new Error('restored a save whose steps do not replay');
        expect(headerIntact).toBe(true);
        expect(restored.play.save()).toEqual({ ...replayed.play.save(), undos: edited.undos });
        expect(restored.play.screen).toEqual(replayed.play.screen);
        expect(restored.play.meters).toEqual(replayed.play.meters);
        expect(restored.play.result).toEqual(replayed.play.result);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what is not a save, and never throws', () => {
    for (const junk of [null, undefined, 42, 'save', [], {}, { format: 'crisis-table/save' }]) {
      expect(Play.restore(compiled, junk)).toMatchObject({ ok: false, reason: 'corrupt' });
    }
  });
});
