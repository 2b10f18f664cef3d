/**
 * The presenter: turns the app machine's state (and the play it holds) into the view that both the
 * canvas scenes and the DOM layer lay out. Views are plain JSON-clean data that share no object with
 * the engine, so renderers and the test inspector can keep and copy them.
 */
import type { EndingNode, Scenario } from '../core/model/schema';
import { nextScenarioOf, type AppSnapshot } from './app-machine';
import { assignmentView, FREE_PLAY, handInOf, rulesOf, type PlayRules } from './assignment-presenter';
import { saveKeyFor } from './assignment-session';
import { ASSIGNMENT_LABELS, UNDO_OFF_RULE } from './assignment-wording';
import { menuView } from './menu-view';
import type { MeterView, PlayResult, StepOutcome } from '../core/engine/types';
import type { AppView, DisplayMeter } from './view';
import {
  LABELS,
  citationLine,
  citationsOf,
  lineWords,
  meterWords,
  minutesLine,
  NOT_REVIEWED,
  outcomeLabel,
  quizResultWords,
  quizReviewLines,
  quoted,
  scoreDetail,
  scoreLine,
  shortDate,
  meterAbout,
  UNDO_RULE,
  undoClosedNote,
  wholePlaySummary,
} from './wording';
import { articleLines, findArticleHint, pathOf, wholePlayMeters } from './play-summary';

export function present(snapshot: AppSnapshot): AppView {
  const { context } = snapshot;
  const { library, saves, scenarioId, play } = context;
  if (snapshot.matches('menu')) return menuView(library.entries(), library.outsideEntries(), saves, context.notice);
  if (snapshot.matches('loading')) return { name: 'loading', progress: context.progress };
  if (snapshot.matches('assignment') && context.session) return assignmentView(context, context.session);
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
      minutesLine: minutesLine(scenario.estimatedMinutes),
      hasSave: saves.hasSave(saveKeyFor(context.session, scenarioId)),
      notReviewed: library.isOutside(scenarioId),
      notReviewedNote: library.isOutside(scenarioId) ? NOT_REVIEWED : null,
      sourceNote: sourceNote(scenario),
      setting: scenario.setting ?? null,
      vocabulary: clone(scenario.vocabulary ?? []),
      meterGuide: Object.values(scenario.meters).map((m) => ({ label: m.label, text: meterAbout(m) })),
      article: { lines: articleLines(scenario), find: findArticleHint(scenario) },
    };
  }
  if (!play) return { name: 'loading', progress: 0 };
  const result = play.result;
  const rules = rulesOf(context.sealed || context.run ? context.session : null);
  // The ways out are named as the app machine's "menu.open" goes: to the assignment's home whenever an assignment is open.
  if (snapshot.matches('ending') && result) {
    const leaveLabel = context.session ? ASSIGNMENT_LABELS.backToAssignment : LABELS.menu;
    const ending = endingView(scenarioId, scenario, play, result, nextScenarioOf(context), rules, leaveLabel);
    return context.session && context.sealed ? { ...ending, handIn: handInOf(context.session, context.sealed) } : ending;
  }
  const outcome = snapshot.matches({ play: { step: 'outcome' } }) ? play.lastOutcome : undefined;
  const leaveLabel = context.session ? ASSIGNMENT_LABELS.pauseBackToAssignment : LABELS.pauseMenu;
  return playView(scenarioId, scenario, play, outcome, snapshot.matches({ play: { pause: 'open' } }), rules, leaveLabel);
}

type PlayOf = NonNullable<AppSnapshot['context']['play']>;

/** The ending view of a finished play (the game's, or the studio's preview). */
export function endingView(
  scenarioId: string,
  scenario: Scenario,
  play: PlayOf,
  result: PlayResult,
  nextScenarioId: string | null,
  rules: PlayRules = FREE_PLAY,
  leaveLabel: string = LABELS.menu,
): Extract<AppView, { name: 'ending' }> {
  const citations = citationsOf(scenario);
  const ending = clone(scenario.nodes[result.ending] as EndingNode);
  const quizReview = result.quiz.answers.map((answer) => ({ ...answer, options: quizOptions(scenario, answer.node) }));
  const { history } = ending;
  const meters = wholePlayMeters(scenario, play.meters);
  const score = rules.showScore ? `${scoreLine(result.score)} (${scoreDetail(result.endingScore, result.quiz)}). ` : '';
  return {
    name: 'ending',
    scenarioId,
    result: clone(result),
    ending,
    meters: displayMeters(meters),
    path: pathOf(scenario, play.steps),
    article: { lines: articleLines(scenario), find: findArticleHint(scenario) },
    words: {
      outcome: outcomeLabel(result.outcome),
      score: rules.showScore ? scoreLine(result.score) : null,
      scoreDetail: rules.showScore ? scoreDetail(result.endingScore, result.quiz) : null,
      // The screen reader hears each meter's change over the whole play, not the last step's.
      told: `The end: ${result.endingTitle}. Outcome: ${outcomeLabel(result.outcome)}. ${score}${meters.length > 0 ? wholePlaySummary(meters) : ''}`.trim(),
      history: history ? { quote: quoted(history.source.quote), citation: citationLine('quote', history.source.ref, citations) } : null,
      review: quizReview.map(quizReviewLines),
    },
    quizReview,
    nextScenarioId,
    leaveLabel,
    setting: scenario.setting ?? null,
    citations,
    discussionQuestions: [...(scenario.discussionQuestions ?? [])],
  };
}

/** The view of a play under way, with the outcome of its last step while it waits to be read. */
export function playView(
  scenarioId: string,
  scenario: Scenario,
  play: PlayOf,
  outcome: StepOutcome | undefined,
  paused: boolean,
  rules: PlayRules = FREE_PLAY,
  leaveLabel: string = LABELS.pauseMenu,
): AppView {
  const citations = citationsOf(scenario);
  const screen = clone(play.screen);
  return {
    name: 'play',
    scenarioId,
    title: scenario.title,
    screen,
    ...(screen.kind === 'line' || screen.kind === 'choice' ? { line: lineWords(screen, citations) } : {}),
    meters: displayMeters(play.meters),
    ...(outcome ? { pendingOutcome: clone(outcome) } : {}),
    ...(outcome?.quiz ? { quizResult: quizResultWords(outcome.quiz, citations) } : {}),
    undoNote: undoClosedNote(play.undoState),
    undoAllowed: rules.undo,
    undoRule: rules.undo ? UNDO_RULE : UNDO_OFF_RULE,
    leaveLabel,
    paused,
    setting: scenario.setting ?? null,
    citations,
    vocabulary: clone(scenario.vocabulary ?? []),
  };
}

function displayMeters(meters: MeterView[]): DisplayMeter[] {
  return meters.map((meter) => ({ ...clone(meter), words: meterWords(meter) }));
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
