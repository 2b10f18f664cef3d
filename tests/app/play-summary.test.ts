import { describe, expect, it } from 'vitest';
import { articleLines, findArticleHint, pathOf, wholePlayMeters } from '../../src/app/play-summary';
import { wholePlaySummary } from '../../src/app/wording';
import { compileScenario, Play } from '../../src/core/engine';
import { loadScenarioFiles } from '../scenarios/scenario-files';

const story = loadScenarioFiles().find(({ scenario }) => scenario.id === 'brussels-nato-council');
if (!story) throw new Error('brussels-nato-council is not shipped');
const { scenario } = story;

/** A play that takes the first available choice and the first option, to its ending. */
function firstChoicePlay(): Play {
  const play = Play.start(compileScenario(scenario));
  for (let i = 0; i < 500 && !play.finished; i++) {
    const screen = play.screen;
    if (screen.kind === 'line') play.continue();
    else if (screen.kind === 'quiz') play.answer(0);
    else if (screen.kind === 'choice') play.choose(screen.choices.find((c) => c.available)?.id ?? '');
  }
  return play;
}

describe('play summary', () => {
  it("lists every decision in order with the choice's text and feedback", () => {
    const play = firstChoicePlay();
    const decisions = play.steps.filter((step) => step.kind === 'choose');
    const path = pathOf(scenario, play.steps);
    expect(path).toHaveLength(decisions.length);
    decisions.forEach((step, i) => {
      const node = scenario.nodes[step.node];
      if (node?.type !== 'dialogue' || step.kind !== 'choose') throw new Error('not a choice');
      const choice = node.choices?.find((c) => c.id === step.choice);
      expect(path[i]).toEqual({ prompt: node.text, choice: choice?.text, feedback: choice?.feedback ?? null });
    });
  });

  it("measures each meter's change from where it started, and says it that way", () => {
    const play = firstChoicePlay();
    const meters = wholePlayMeters(scenario, play.meters);
    for (const meter of meters) expect(meter.change).toBe(meter.value - (scenario.meters[meter.id]?.initial ?? NaN));
    const moved = meters.find((m) => m.change !== 0);
    expect(moved).toBeDefined();
    expect(wholePlaySummary(meters)).toContain(`${moved?.label} ${moved?.value} of ${moved?.max}`);
  });

  it('names the article and says how to find it', () => {
    const [line] = articleLines(scenario);
    const source = scenario.sources[0];
    expect(line).toContain(source?.title);
    expect(line).toContain(source?.publisher);
    expect(line).toContain('11 Jan 2022');
    expect(findArticleHint(scenario)).toMatch(/search/);
    expect(findArticleHint({ ...scenario, sources: [{ ...source!, url: 'https://example.org/a' }] })).toBe(
      'Read it at https://example.org/a',
    );
  });
});
