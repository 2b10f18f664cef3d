/**
 * The authoring rules of docs/AUTHORING.md as pure checks: each takes a scenario and returns the
 * problems it finds (empty when the rule holds), so the tests can run them on the real files and
 * also on deliberately broken copies, which proves each check can fail.
 */
import type { Choice, Scenario, ScenarioNode, SourceRef } from '../../src/core/model/schema';
import { applyEffects, holds, initialState, markVisited, type StoryState } from '../../src/core/model/state';
import { TEXT_LIMITS, type TextField } from '../../src/core/model/text-limits';

/** The real people the article names; they may speak only in verbatim quotes or marked paraphrase. */
export const REAL_PEOPLE = [
  'Wendy Sherman',
  'Sergei Ryabkov',
  'Dmitry Peskov',
  'Julianne Smith',
  'Jen Psaki',
  'Vladimir Putin',
  'Volodymyr Zelenskyy',
  'Emmanuel Macron',
  'Charles Michel',
];

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quotedSources(scenario: Scenario): { where: string; source: SourceRef }[] {
  const found: { where: string; source: SourceRef }[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type === 'quiz') found.push({ where: `/nodes/${id}/source`, source: node.source });
    if (node.type === 'dialogue' && node.source) found.push({ where: `/nodes/${id}/source`, source: node.source });
    if (node.type === 'ending' && node.history) found.push({ where: `/nodes/${id}/history/source`, source: node.history.source });
  }
  return found;
}

/** Every cited quote, and every line delivered as a quote, is in the article character for character. */
export function quoteProblems(scenario: Scenario, article: string): string[] {
  const haystack = collapseWhitespace(article);
  const sourceIds = new Set(scenario.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const { where, source } of quotedSources(scenario)) {
    if (!sourceIds.has(source.ref)) problems.push(`${where}/ref: no source "${source.ref}"`);
    if (!haystack.includes(collapseWhitespace(source.quote))) problems.push(`${where}/quote not in the article: ${source.quote}`);
  }
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'dialogue' || node.delivery !== 'quote') continue;
    if (!node.source) problems.push(`/nodes/${id}: a quoted line needs its source`);
    if (!haystack.includes(collapseWhitespace(node.text))) problems.push(`/nodes/${id}/text is delivered as a quote but is not in the article: ${node.text}`);
    if (node.source && !collapseWhitespace(node.source.quote).includes(collapseWhitespace(node.text))) {
      problems.push(`/nodes/${id}/text is not part of its own source quote`);
    }
  }
  return problems;
}

/** Every text field with a limit, as [JSON path, field, text]. */
export function textFields(scenario: Scenario): [string, TextField, string][] {
  const fields: [string, TextField, string][] = [['/role/briefing', 'briefing', scenario.role.briefing]];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = `/nodes/${id}`;
    if (node.type === 'dialogue') {
      fields.push([`${at}/text`, 'dialogueText', node.text]);
      if (node.source) fields.push([`${at}/source/quote`, 'quote', node.source.quote]);
      (node.choices ?? []).forEach((choice, i) => {
        fields.push([`${at}/choices/${i}/text`, 'choiceText', choice.text]);
        if (choice.feedback) fields.push([`${at}/choices/${i}/feedback`, 'feedback', choice.feedback]);
        if (choice.requiresText) fields.push([`${at}/choices/${i}/requiresText`, 'requiresText', choice.requiresText]);
      });
    } else if (node.type === 'quiz') {
      fields.push([`${at}/question`, 'question', node.question]);
      node.options.forEach((option, i) => fields.push([`${at}/options/${i}`, 'option', option]));
      fields.push([`${at}/explanation`, 'explanation', node.explanation]);
      fields.push([`${at}/source/quote`, 'quote', node.source.quote]);
    } else if (node.type === 'ending') {
      fields.push([`${at}/text`, 'endingText', node.text]);
      fields.push([`${at}/debrief`, 'debrief', node.debrief]);
      if (node.history) {
        fields.push([`${at}/history/text`, 'historyText', node.history.text]);
        fields.push([`${at}/history/source/quote`, 'quote', node.history.source.quote]);
      }
      if (node.epilogue) fields.push([`${at}/epilogue`, 'epilogue', node.epilogue]);
    }
  }
  return fields;
}

export function textLengthProblems(scenario: Scenario): string[] {
  return textFields(scenario)
    .filter(([, field, text]) => text.length > TEXT_LIMITS[field])
    .map(([at, field, text]) => `${at}: ${text.length} characters, over the ${field} limit of ${TEXT_LIMITS[field]}`);
}

/** JSON with sorted keys, so that two effects written in a different key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function consequence(choice: Choice): string {
  return canonical({ next: choice.next, effects: choice.effects ?? {} });
}

function nodesOf<T extends ScenarioNode['type']>(scenario: Scenario, type: T): [string, Extract<ScenarioNode, { type: T }>][] {
  return Object.entries(scenario.nodes).filter((entry): entry is [string, Extract<ScenarioNode, { type: T }>] => entry[1].type === type);
}

/** Rules every scenario keeps, the fact quiz included. */
export function commonProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const outcomes = new Set(nodesOf(scenario, 'ending').map(([, e]) => e.outcome));
  for (const outcome of ['success', 'mixed', 'failure'] as const) {
    if (!outcomes.has(outcome)) problems.push(`no ending with outcome "${outcome}"`);
  }
  for (const [id, ending] of nodesOf(scenario, 'ending')) {
    if (!ending.history) problems.push(`/nodes/${id}: an ending needs its history with a source`);
  }
  if (scenario.learningObjectives.length === 0) problems.push('no learning objectives');
  if ((scenario.discussionQuestions ?? []).length < 3) problems.push('fewer than 3 discussion questions');
  if (!scenario.setting) problems.push('no setting');
  for (const [id, character] of Object.entries(scenario.characters)) {
    if (REAL_PEOPLE.includes(character.name) && character.real !== true) problems.push(`/characters/${id}: ${character.name} is a real person: set "real": true`);
    if (!character.emblem) problems.push(`/characters/${id}: no emblem`);
  }
  for (const [id, node] of nodesOf(scenario, 'dialogue')) {
    if (scenario.characters[node.speaker]?.real && !node.delivery) problems.push(`/nodes/${id}: a real person's line needs "delivery"`);
    const choices = node.choices ?? [];
    choices.forEach((choice, i) => {
      choices.slice(i + 1).forEach((sibling) => {
        if (consequence(choice) === consequence(sibling)) problems.push(`/nodes/${id}: choices "${choice.id}" and "${sibling.id}" have the same next and effects`);
      });
    });
    if (choices.length > 0 && choices.every((c) => c.requires)) problems.push(`/nodes/${id}: every choice has "requires"; leave one always available`);
  }
  problems.push(...laterEventProblems(scenario));
  return problems;
}

/** Text fields outside the epilogue that speak of the invasion date, which the article cannot know. */
function laterEventProblems(scenario: Scenario): string[] {
  const later = /\b(24 February|February 24|February 2022|2023|2024|2025)\b/;
  return textFields(scenario)
    .filter(([at, , text]) => !at.endsWith('/epilogue') && later.test(text))
    .map(([at]) => `${at}: events after 11 January 2022 belong in an ending's epilogue`);
}

export function storyProblems(scenario: Scenario): string[] {
  const problems = commonProblems(scenario);
  const quizzes = nodesOf(scenario, 'quiz').length;
  if (quizzes < 4) problems.push(`only ${quizzes} quiz nodes; a story needs at least 4`);
  if ((scenario.vocabulary ?? []).length < 5) problems.push('fewer than 5 vocabulary terms');
  if (Object.keys(scenario.meters).length === 0) problems.push('no meters');
  for (const [id, meter] of Object.entries(scenario.meters)) {
    if (meter.min !== 0 || meter.max !== 100) problems.push(`/meters/${id}: a story's meters run from 0 to 100`);
  }
  return problems;
}

export function factQuizProblems(scenario: Scenario): string[] {
  const problems = commonProblems(scenario);
  const quizzes = nodesOf(scenario, 'quiz').length;
  if (quizzes < 12 || quizzes > 15) problems.push(`${quizzes} quiz nodes; the fact quiz has 12 to 15`);
  return problems;
}

export interface DecisionWalk {
  /** Ending id → the fewest decisions any play passes on its way there. */
  fewestDecisions: Map<string, number>;
  states: number;
}

/**
 * Walks every state a play can reach — (node, meters, flags, the visits that conditions ask
 * about) — with the model's own `holds`/`applyEffects`/`markVisited`, as a 0-1 breadth-first
 * search where passing a decision (a dialogue screen offering two or more available choices) costs 1.
 */
export function walkDecisions(scenario: Scenario, stateLimit = 500_000): DecisionWalk {
  // Only what some condition reads can change a play's path, so only that goes into a state's key.
  const watched = { visited: new Set<string>(), flag: new Set<string>(), meter: new Set<string>() };
  const collect = (c: unknown): void => {
    if (!c || typeof c !== 'object') return;
    for (const kind of ['visited', 'flag', 'meter'] as const) {
      if (kind in c) watched[kind].add(String((c as Record<string, unknown>)[kind]));
    }
    for (const inner of Object.values(c)) collect(inner);
  };
  for (const node of Object.values(scenario.nodes)) {
    if (node.type === 'dialogue') node.choices?.forEach((choice) => collect(choice.requires));
    if (node.type === 'branch') node.cases.forEach((c) => collect(c.if));
  }
  const pick = (values: Record<string, unknown>, ids: Set<string>): unknown[] => [...ids].map((id) => values[id]);
  const keyOf = (nodeId: string, state: StoryState): string =>
    JSON.stringify([nodeId, pick(state.meters, watched.meter), pick(state.flags, watched.flag), state.visited.filter((id) => watched.visited.has(id))]);

  const best = new Map<string, number>();
  const fewestDecisions = new Map<string, number>();
  // The 0-1 deque as two parts: free steps go on a stack taken first, decisions join a queue behind.
  type Item = { nodeId: string; key: string; state: StoryState; decisions: number };
  const front: Item[] = [];
  const back: Item[] = [];
  let backHead = 0;
  const enter = (nodeId: string, state: StoryState, decisions: number, cost: 0 | 1): void => {
    const next = markVisited(state, nodeId);
    const total = decisions + cost;
    const key = keyOf(nodeId, next);
    if ((best.get(key) ?? Infinity) <= total) return;
    best.set(key, total);
    if (best.size > stateLimit) throw new Error(`${scenario.id}: more than ${stateLimit} states; simplify the meters`);
    const item = { nodeId, key, state: next, decisions: total };
    if (cost === 0) front.push(item);
    else back.push(item);
  };
  enter(scenario.start, initialState(scenario), 0, 0);
  for (;;) {
    const item = front.pop() ?? back[backHead++];
    if (!item) break;
    const { nodeId, key, state, decisions } = item;
    if ((best.get(key) ?? Infinity) < decisions) continue;
    const node = scenario.nodes[nodeId];
    if (!node) throw new Error(`${scenario.id}: no node "${nodeId}"`);
    switch (node.type) {
      case 'ending':
        fewestDecisions.set(nodeId, Math.min(fewestDecisions.get(nodeId) ?? Infinity, decisions));
        break;
      case 'branch': {
        const taken = node.cases.find((c) => holds(c.if, state));
        enter(taken ? taken.next : node.else, state, decisions, 0);
        break;
      }
      case 'quiz':
        enter(node.next, applyEffects(scenario, state, node.effects?.correct), decisions, 0);
        enter(node.nextIfIncorrect ?? node.next, applyEffects(scenario, state, node.effects?.incorrect), decisions, 0);
        break;
      case 'dialogue': {
        if (node.next !== undefined) {
          enter(node.next, state, decisions, 0);
          break;
        }
        const available = (node.choices ?? []).filter((c) => !c.requires || holds(c.requires, state));
        const cost = available.length >= 2 ? 1 : 0;
        for (const choice of available) enter(choice.next, applyEffects(scenario, state, choice.effects), decisions, cost);
      }
    }
  }
  return { fewestDecisions, states: best.size };
}
