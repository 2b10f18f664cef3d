import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileScenario, Play, type Step } from '../../../src/core/engine';
import { ScenarioSchema } from '../../../src/core/model/schema';
import { playsToEndings } from './explore';
import { runTestplan } from './testplan';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const scenario = v.parse(ScenarioSchema, JSON.parse(readFileSync(fixture('gates-and-loops.json'), 'utf8')));
const compiled = compileScenario(scenario);

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
        const saved: unknown = JSON.parse(JSON.stringify(playThrough(steps.slice(0, cut)).save()));
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

  it('undoes the last step back to the same screen and meters', () => {
    const play = Play.start(compiled);
    play.choose('warm');
    const screen = play.screen;
    const meters = play.meters.map((m) => m.value);
    play.continue();
    expect(play.undo()).toBe(true);
    expect(play.screen).toEqual(screen);
    expect(play.meters.map((m) => m.value)).toEqual(meters);
    expect(play.undo()).toBe(true);
    expect(play.undo()).toBe(false);
    expect(play.screen.node).toBe('open');
  });

  it('notifies subscribers on every step and on undo', () => {
    const play = Play.start(compiled);
    const seen: string[] = [];
    play.subscribe((p) => seen.push(p.screen.node));
    play.choose('push');
    play.continue();
    play.undo();
    expect(seen).toEqual(['intro', 'quiz', 'intro']);
  });

  it('keeps every meter within its range whatever is played', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (picks) => {
        const play = Play.start(compiled);
        for (const pick of picks) {
          if (play.finished) break;
          const screen = play.screen;
          if (screen.kind === 'line') play.continue();
          else if (screen.kind === 'quiz') play.answer(pick % screen.options.length);
          else if (screen.kind === 'choice') {
            const open = screen.choices.filter((c) => c.available);
            play.choose(open[pick % open.length]?.id ?? '');
          }
          for (const meter of play.meters) {
            expect(meter.value).toBeGreaterThanOrEqual(meter.min);
            expect(meter.value).toBeLessThanOrEqual(meter.max);
          }
        }
      }),
    );
  });
});

describe('Play.restore refuses bad saves with a reason and never throws', () => {
  /** The parts of a version-1 save these tests edit by hand. */
  type SaveJson = { scenario: { id: string }; snapshot: { value: string; context: { story: { meters: Record<string, number> } } } };
  const midway = (): SaveJson => {
    const play = Play.start(compiled);
    play.choose('warm');
    play.continue();
    return JSON.parse(JSON.stringify(play.save())) as SaveJson;
  };

  it('recognises a save of another version of the scenario', () => {
    const changed = compileScenario({ ...scenario, version: '1.1.0', title: 'Gates and loops, revised' });
    expect(Play.restore(changed, midway())).toMatchObject({ ok: false, reason: 'other-version' });
  });

  it('recognises a save of another scenario', () => {
    const save = midway();
    save.scenario.id = 'another';
    expect(Play.restore(compiled, save)).toMatchObject({ ok: false, reason: 'other-scenario' });
  });

  it('refuses a save whose state was edited by hand', () => {
    const save = midway();
    save.snapshot.context.story.meters.trust = 7;
    expect(Play.restore(compiled, save)).toMatchObject({ ok: false, reason: 'corrupt' });
    const moved = midway();
    moved.snapshot.value = 'deal';
    expect(Play.restore(compiled, moved)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('survives thousands of random corruptions', () => {
    const save = midway();
    const paths = [
      ['snapshot'],
      ['snapshot', 'value'],
      ['snapshot', 'context'],
      ['snapshot', 'context', 'steps'],
      ['snapshot', 'context', 'story'],
      ['snapshot', 'status'],
      ['scenario'],
      ['format'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, junk) => {
        const copy = structuredClone(save);
        let target = copy as unknown as Record<string, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[path.at(-1) as string] = junk;
        const restored = Play.restore(compiled, copy);
        if (restored.ok) expect(restored.play.screen.node).toBe('quiz');
      }),
      { numRuns: 2000 },
    );
    for (const junk of [null, undefined, 42, 'save', [], {}, { format: 'crisis-table/save' }]) {
      expect(Play.restore(compiled, junk)).toMatchObject({ ok: false, reason: 'corrupt' });
    }
  });
});
