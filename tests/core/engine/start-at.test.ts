import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileScenario, Play } from '../../../src/core/engine';
import { ScenarioSchema } from '../../../src/core/model/schema';

const fixture = new URL('./fixtures/gates-and-loops.json', import.meta.url);
const compiled = compileScenario(v.parse(ScenarioSchema, JSON.parse(readFileSync(fixture, 'utf8'))));

describe('Play.startAt (the studio\'s "Play from here")', () => {
  it('rests on the chosen node with the chosen meters (clamped) and flags, and no steps behind it', () => {
    const play = Play.startAt(compiled, { node: 'retry', meters: { trust: 70, tension: 99 }, flags: { pushed: true } });
    expect(play.screen.node).toBe('retry');
    expect(play.screen.kind).toBe('choice');
    expect(play.meters.map((m) => [m.id, m.value])).toEqual([
      ['trust', 70],
      ['tension', 10],
    ]);
    expect(play.flags).toEqual({ pushed: true });
    expect(play.steps).toEqual([]);
    expect(play.canUndo).toBe(false);
  });

  it('unlocks a choice whose condition the chosen state meets', () => {
    const locked = Play.startAt(compiled, { node: 'open' }).screen;
    const open = Play.startAt(compiled, { node: 'open', meters: { trust: 60 } }).screen;
    const bold = (screen: typeof open) => (screen.kind === 'choice' ? screen.choices.find((c) => c.id === 'bold')?.available : undefined);
    expect(bold(locked)).toBe(false);
    expect(bold(open)).toBe(true);
  });

  it('plays on from there to an ending decided by the chosen state', () => {
    const play = Play.startAt(compiled, { node: 'retry', flags: { pushed: true } });
    expect(play.choose('move-on')).toEqual({ ok: true });
    expect(play.result?.ending).toBe('walkout');
    expect(play.result?.steps).toEqual([{ kind: 'choose', node: 'retry', choice: 'move-on' }]);
  });

  it('follows a branch at once, by the chosen state', () => {
    expect(Play.startAt(compiled, { node: 'route', meters: { trust: 95 } }).result?.ending).toBe('deal');
    expect(Play.startAt(compiled, { node: 'route', meters: { tension: 9 } }).result?.ending).toBe('walkout');
    expect(Play.startAt(compiled, { node: 'route' }).screen).toMatchObject({ kind: 'ending', node: 'stalemate' });
  });

  it('shows an ending as a finished play', () => {
    const play = Play.startAt(compiled, { node: 'deal', meters: { trust: 90 } });
    expect(play.finished).toBe(true);
    expect(play.result).toMatchObject({ ending: 'deal', meters: { trust: 90, tension: 5 }, quiz: { total: 0 } });
  });

  it('undoes back to where it started, not to the scenario start', () => {
    const play = Play.startAt(compiled, { node: 'retry', meters: { trust: 20 } });
    play.choose('again');
    expect(play.screen.node).toBe('quiz');
    expect(play.undo()).toBe(true);
    expect(play.screen.node).toBe('retry');
    expect(play.meters.find((m) => m.id === 'trust')?.value).toBe(20);
  });

  it('refuses a node the scenario does not have', () => {
    expect(() => Play.startAt(compiled, { node: 'nowhere' })).toThrow(/no node "nowhere"/);
  });
});
