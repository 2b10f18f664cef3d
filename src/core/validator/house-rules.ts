/**
 * The project's house rules for shipped scenarios (docs/AUTHORING.md, "House rules"), checked by
 * `npm run validate -- --strict`. The format allows more than the project ships; these are errors
 * only in strict mode. A story is a scenario with decisions (a dialogue with choices); one without
 * any, such as the fact quiz, is a quiz and keeps the quiz rules instead.
 */
import type { Choice, Scenario, ScenarioNode } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import type { PlaysExplored } from './exploration';
import { walkScenario } from './scenario-walk';

export const HOUSE_RULES = {
  minDecisions: 6,
  minStoryQuizzes: 4,
  factQuizQuizzes: [12, 15],
  minVocabulary: 5,
  minDiscussionQuestions: 3,
} as const;

export function isHouseRuleCode(code: string): boolean {
  return /^E_HOUSE_/.test(code);
}

const OUTCOMES = ['success', 'mixed', 'failure'] as const;

/** Dates after the article, which only an epilogue may speak of. */
const LATER_EVENT = /\b(24 February|February 24|February 2022|2023|2024|2025)\b/;

function nodeEntries(scenario: Scenario): [string, ScenarioNode][] {
  return Object.keys(scenario.nodes).map((id) => [id, scenario.nodes[id] as ScenarioNode]);
}

function isStory(scenario: Scenario): boolean {
  return nodeEntries(scenario).some(([, node]) => node.type === 'dialogue' && node.choices !== undefined);
}

/** JSON with sorted keys, so that two effects written in a different key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const consequence = (choice: Choice): string => canonical({ next: choice.next, effects: choice.effects ?? {} });

function checkEndings(scenario: Scenario, sink: DiagnosticSink): void {
  const endings = nodeEntries(scenario).filter(([, node]) => node.type === 'ending');
  const outcomes = new Set(endings.map(([, node]) => node.type === 'ending' && node.outcome));
  const missing = OUTCOMES.filter((outcome) => !outcomes.has(outcome));
  if (missing.length > 0)
    sink.report(
      ['nodes'],
      'E_HOUSE_OUTCOMES',
      `no ending with outcome ${missing.map((o) => `"${o}"`).join(' or ')}; a shipped scenario has endings of all three outcomes (success, mixed, failure)`,
      'key',
    );
  for (const [id, node] of endings)
    if (node.type === 'ending' && !node.history)
      sink.report(
        ['nodes', id],
        'E_HOUSE_HISTORY',
        `the ending '${id}' has no "history": say what really happened, with its source`,
        'key',
      );
}

function checkTeaching(scenario: Scenario, story: boolean, sink: DiagnosticSink): void {
  const questions = scenario.discussionQuestions?.length ?? 0;
  if (questions < HOUSE_RULES.minDiscussionQuestions)
    sink.report(
      scenario.discussionQuestions ? ['discussionQuestions'] : [],
      'E_HOUSE_DISCUSSION',
      `${questions} discussion questions; a shipped scenario has at least ${HOUSE_RULES.minDiscussionQuestions} in "discussionQuestions"`,
    );
  const terms = scenario.vocabulary?.length ?? 0;
  if (story && terms < HOUSE_RULES.minVocabulary)
    sink.report(
      scenario.vocabulary ? ['vocabulary'] : [],
      'E_HOUSE_VOCABULARY',
      `${terms} vocabulary terms; a story has at least ${HOUSE_RULES.minVocabulary} in "vocabulary", one for every term a student may stumble on`,
    );
  if (!scenario.setting) sink.report([], 'E_HOUSE_SETTING', 'no "setting": pick "negotiation", "press-room" or "briefing"');
  const quizzes = nodeEntries(scenario).filter(([, node]) => node.type === 'quiz').length;
  const [fewest, most] = HOUSE_RULES.factQuizQuizzes;
  if (story && quizzes < HOUSE_RULES.minStoryQuizzes)
    sink.report(['nodes'], 'E_HOUSE_QUIZZES', `${quizzes} quiz nodes; a story weaves in at least ${HOUSE_RULES.minStoryQuizzes}`, 'key');
  if (!story && (quizzes < fewest || quizzes > most))
    sink.report(['nodes'], 'E_HOUSE_QUIZZES', `${quizzes} quiz nodes; a quiz without decisions has ${fewest} to ${most}`, 'key');
}

function checkMetersAndChoices(scenario: Scenario, story: boolean, sink: DiagnosticSink): void {
  if (story && Object.keys(scenario.meters).length === 0)
    sink.report(['meters'], 'E_HOUSE_METERS', 'a story has at least one meter that means something for the seat');
  for (const id of Object.keys(scenario.meters)) {
    const meter = scenario.meters[id];
    if (story && meter && (meter.min !== 0 || meter.max !== 100))
      sink.report(
        ['meters', id],
        'E_HOUSE_METERS',
        `the meter '${id}' runs ${meter.min}..${meter.max}; a story's meters run from 0 to 100`,
      );
  }
  for (const [id, node] of nodeEntries(scenario)) {
    if (node.type !== 'dialogue' || !node.choices) continue;
    const seen = new Map<string, string>();
    node.choices.forEach((choice, i) => {
      const twin = seen.get(consequence(choice));
      if (twin !== undefined)
        sink.report(
          ['nodes', id, 'choices', i],
          'E_HOUSE_CHOICES',
          `the choices '${twin}' and '${choice.id}' have the same next and effects; every choice must matter`,
        );
      else seen.set(consequence(choice), choice.id);
    });
    if (node.choices.every((choice) => choice.requires))
      sink.report(['nodes', id, 'choices'], 'E_HOUSE_CHOICES', `every choice of '${id}' has "requires"; leave one always available`);
  }
}

function checkCharacters(scenario: Scenario, sink: DiagnosticSink): void {
  for (const id of Object.keys(scenario.characters))
    if (!scenario.characters[id]?.emblem)
      sink.report(
        ['characters', id],
        'E_HOUSE_EMBLEM',
        `the character '${id}' has no "emblem"; the game shows a drawn emblem, never a photograph`,
        'key',
      );
}

function checkLaterEvents(scenario: Scenario, sink: DiagnosticSink): void {
  walkScenario(scenario, {
    text(text, field, path) {
      if (field !== 'epilogue' && LATER_EVENT.test(text))
        sink.report(path, 'E_HOUSE_LATER_EVENT', `events after the source's date belong in an ending's "epilogue", not here`);
    },
  });
}

/** Decisions per play, from the condition-aware walk's summary (absent when the walk was cut short, which it reports itself). */
export function checkDecisionsPerPlay(scenario: Scenario, explored: PlaysExplored | undefined, sink: DiagnosticSink): void {
  if (!explored || !isStory(scenario)) return;
  for (const [id, decisions] of explored.fewestDecisions) {
    if (decisions < HOUSE_RULES.minDecisions)
      sink.report(
        ['nodes', id],
        'E_HOUSE_DECISIONS',
        `a play can reach the ending '${id}' after only ${decisions} decisions; every play of a story passes at least ${HOUSE_RULES.minDecisions} screens with two or more available choices`,
        'key',
      );
  }
}

/** Every house rule but decisions per play, which needs the walk (checkDecisionsPerPlay). */
export function checkHouseRules(scenario: Scenario, sink: DiagnosticSink): void {
  const story = isStory(scenario);
  checkEndings(scenario, sink);
  checkTeaching(scenario, story, sink);
  checkMetersAndChoices(scenario, story, sink);
  checkCharacters(scenario, sink);
  checkLaterEvents(scenario, sink);
}
