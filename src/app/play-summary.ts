/**
 * What a finished play did, for the ending: the decisions in order with their feedback ("Your path"),
 * the meters with the whole play's change (from where each meter started, not the last step's), and
 * the article the scenario is built from, named and with how to find it. Pure, no engine state kept.
 */
import type { MeterView, Step } from '../core/engine/types';
import type { Scenario } from '../core/model/schema';
import { shortDate } from './wording';

export interface PathStep {
  /** The line the decision answered. */
  prompt: string;
  /** The text of the choice made. */
  choice: string;
  feedback: string | null;
}

/** Every choice of the play, in order, as it was offered and what it led to. */
export function pathOf(scenario: Scenario, steps: readonly Step[]): PathStep[] {
  const path: PathStep[] = [];
  for (const step of steps) {
    if (step.kind !== 'choose') continue;
    const node = scenario.nodes[step.node];
    if (node?.type !== 'dialogue') continue;
    const choice = node.choices?.find((c) => c.id === step.choice);
    if (!choice) continue;
    path.push({ prompt: node.text, choice: choice.text, feedback: choice.feedback ?? null });
  }
  return path;
}

/** The meters with `change` measured from each meter's starting value over the whole play. */
export function wholePlayMeters(scenario: Scenario, meters: readonly MeterView[]): MeterView[] {
  return meters.map((meter) => ({ ...meter, change: meter.value - (scenario.meters[meter.id]?.initial ?? meter.value) }));
}

/** "Associated Press, “Kremlin: …”, 11 Jan 2022, by Dasha Litvinova and Vladimir Isachenkov" for each source. */
export function articleLines(scenario: Scenario): string[] {
  return scenario.sources.map((s) => {
    const by = s.authors.length > 0 ? `, by ${s.authors.join(' and ')}` : '';
    return `${s.publisher}, “${s.title}”, ${shortDate(s.date)}${by}.`;
  });
}

/** How a student finds the article: its link when the file gives one, else a search for its headline. */
export function findArticleHint(scenario: Scenario): string {
  const linked = scenario.sources.find((s) => s.url);
  if (linked?.url) return `Read it at ${linked.url}`;
  return 'To read it, search the web or a news archive for the headline and the publisher; your school library can help.';
}
