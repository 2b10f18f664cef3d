/**
 * The presenter: turns the app machine's state (and the play it holds) into the view that both the
 * canvas scenes and the DOM layer lay out. Views are plain JSON-clean data that share no object with
 * the engine, so renderers and the test inspector can keep and copy them.
 */
import type { EndingNode, Scenario } from '../core/model/schema';
import type { AppSnapshot } from './app-machine';
import type { CatalogEntry } from './catalog';
import type { SaveStore } from './saves';
import type { ScenarioLibrary } from './scenario-library';
import type { AppView, ScenarioCard } from './view';
import { citationsOf, shortDate } from './wording';

export function present(snapshot: AppSnapshot): AppView {
  const { context } = snapshot;
  const { library, saves, scenarioId, play } = context;
  if (snapshot.matches('menu'))
    return { name: 'menu', cards: cardsOf(library, saves), ...(context.notice !== null ? { notice: context.notice } : {}) };
  if (snapshot.matches('loading')) return { name: 'loading', progress: context.progress };
  const entry = scenarioId !== null ? library.entry(scenarioId) : undefined;
  const scenario = entry?.scenario;
  if (!scenario || !scenarioId) return { name: 'loading', progress: 0 };
  if (snapshot.matches('briefing')) {
    return {
      name: 'briefing',
      scenarioId,
      title: scenario.title,
      role: { ...scenario.role },
      objectives: [...scenario.learningObjectives],
      minutes: scenario.estimatedMinutes,
      hasSave: saves.hasSave(scenarioId),
      notReviewed: library.isOutside(scenarioId),
      sourceNote: sourceNote(scenario),
      setting: scenario.setting ?? null,
      vocabulary: clone(scenario.vocabulary ?? []),
    };
  }
  if (!play) return { name: 'loading', progress: 0 };
  const result = play.result;
  if (snapshot.matches('ending') && result) {
    return {
      name: 'ending',
      scenarioId,
      result: clone(result),
      ending: clone(scenario.nodes[result.ending] as EndingNode),
      meters: clone(play.meters),
      quizReview: result.quiz.answers.map((answer) => ({ ...answer, options: quizOptions(scenario, answer.node) })),
      nextScenarioId: library.nextPlayableAfter(scenarioId),
      setting: scenario.setting ?? null,
      citations: citationsOf(scenario),
      discussionQuestions: [...(scenario.discussionQuestions ?? [])],
    };
  }
  const outcome = snapshot.matches({ play: { step: 'outcome' } }) ? play.lastOutcome : undefined;
  return {
    name: 'play',
    scenarioId,
    title: scenario.title,
    screen: clone(play.screen),
    meters: clone(play.meters),
    ...(outcome ? { pendingOutcome: clone(outcome) } : {}),
    canUndo: play.canUndo,
    paused: snapshot.matches({ play: { pause: 'open' } }),
    setting: scenario.setting ?? null,
    citations: citationsOf(scenario),
  };
}

/** The menu's cards in catalog order. */
function cardsOf(library: ScenarioLibrary, saves: SaveStore): ScenarioCard[] {
  return library.entries().map((entry) => card(entry, saves));
}

function card(entry: CatalogEntry, saves: SaveStore): ScenarioCard {
  const progress = saves.progress(entry.id);
  const base = { id: entry.id, file: entry.file, finished: progress.finished, bestScore: progress.bestScore };
  const { card } = entry;
  if (!card || entry.error !== undefined) {
    return {
      ...base,
      title: entry.file,
      summary: '',
      role: '',
      minutes: 0,
      objectives: [],
      hasSave: false,
      error: entry.error ?? 'unreadable',
    };
  }
  return { ...base, ...card, objectives: [...card.objectives], hasSave: saves.hasSave(entry.id) };
}

/** "Dialogue is dramatized; quotes come from …" with every source the scenario cites. */
function sourceNote(scenario: Scenario): string {
  const sources = scenario.sources.map((s) => `${s.publisher}, “${s.title}”, ${shortDate(s.date)}`).join('; ');
  return `Dialogue is dramatized. Lines marked as quotes are the speakers' own words, quoted from ${sources}; other lines of real people are marked as paraphrase.`;
}

function quizOptions(scenario: Scenario, nodeId: string): string[] {
  const node = scenario.nodes[nodeId];
  return node?.type === 'quiz' ? [...node.options] : [];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
