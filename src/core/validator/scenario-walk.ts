/**
 * One walk over a shape-checked scenario that hands every link, condition, effect, text and citation,
 * with its path, to the checks. The walk is done once per scenario and its findings reused.
 */
import type { Condition, Effects, Scenario, ScenarioNode, SourceRef } from '../model/schema';
import type { TextField } from '../model/text-limits';
import type { JsonPath } from './json-document';

export interface ScenarioVisitor {
  /** Every condition, the composite ones (all, any, not) as well as those inside them. */
  condition?(condition: Condition, path: JsonPath): void;
  effects?(effects: Effects, path: JsonPath): void;
  text?(text: string, field: TextField, path: JsonPath): void;
  sourceRef?(ref: SourceRef, path: JsonPath): void;
}

/**
 * Where a node can go next, ignoring conditions: the ids its links name, in the order `linkAt`
 * numbers them. Only the ids, as most links are fine and a large scenario has many.
 */
export function linkTargets(node: ScenarioNode): string[] {
  switch (node.type) {
    case 'dialogue': {
      if (!node.choices) return node.next === undefined ? [] : [node.next];
      const targets: string[] = [];
      for (const choice of node.choices) targets.push(choice.next);
      return targets;
    }
    case 'quiz':
      return node.nextIfIncorrect === undefined ? [node.next] : [node.next, node.nextIfIncorrect];
    case 'branch': {
      const targets: string[] = [];
      for (const c of node.cases) targets.push(c.next);
      targets.push(node.else);
      return targets;
    }
    case 'ending':
      return [];
  }
}

/** Where link number `i` of `linkTargets(node)` is written, inside its node: ['choices', 0, 'next'], ['else'], … */
export function linkAt(node: ScenarioNode, i: number): (string | number)[] {
  switch (node.type) {
    case 'dialogue':
      return node.choices ? ['choices', i, 'next'] : ['next'];
    case 'quiz':
      return i === 0 ? ['next'] : ['nextIfIncorrect'];
    case 'branch':
      return i < node.cases.length ? ['cases', i, 'next'] : ['else'];
    case 'ending':
      return [];
  }
}

/** Everything a visitor can be handed, collected in one walk and kept per scenario: several checks read it. */
interface ScenarioParts {
  conditions: [Condition, JsonPath][];
  effects: [Effects, JsonPath][];
  texts: [string, TextField, JsonPath][];
  sourceRefs: [SourceRef, JsonPath][];
}

const partsCache = new WeakMap<Scenario, ScenarioParts>();

function collectConditions(condition: Condition, path: JsonPath, out: [Condition, JsonPath][]): void {
  out.push([condition, path]);
  if ('all' in condition) condition.all.forEach((inner, i) => collectConditions(inner, [...path, 'all', i], out));
  else if ('any' in condition) condition.any.forEach((inner, i) => collectConditions(inner, [...path, 'any', i], out));
  else if ('not' in condition) collectConditions(condition.not, [...path, 'not'], out);
}

function collectParts(scenario: Scenario): ScenarioParts {
  const parts: ScenarioParts = { conditions: [], effects: [], texts: [], sourceRefs: [] };
  const text = (value: string | undefined, field: TextField, path: JsonPath): void => {
    if (value !== undefined) parts.texts.push([value, field, path]);
  };
  const effects = (value: Effects | undefined, path: JsonPath): void => {
    if (value) parts.effects.push([value, path]);
  };
  const source = (ref: SourceRef | undefined, path: JsonPath): void => {
    if (!ref) return;
    parts.sourceRefs.push([ref, path]);
    text(ref.quote, 'quote', [...path, 'quote']);
  };

  text(scenario.role.briefing, 'briefing', ['role', 'briefing']);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = ['nodes', id];
    switch (node.type) {
      case 'dialogue':
        text(node.text, 'dialogueText', [...at, 'text']);
        source(node.source, [...at, 'source']);
        for (const [i, choice] of (node.choices ?? []).entries()) {
          const choiceAt = [...at, 'choices', i];
          text(choice.text, 'choiceText', [...choiceAt, 'text']);
          text(choice.feedback, 'feedback', [...choiceAt, 'feedback']);
          text(choice.requiresText, 'requiresText', [...choiceAt, 'requiresText']);
          effects(choice.effects, [...choiceAt, 'effects']);
          if (choice.requires) collectConditions(choice.requires, [...choiceAt, 'requires'], parts.conditions);
        }
        break;
      case 'quiz':
        text(node.question, 'question', [...at, 'question']);
        for (const [i, option] of node.options.entries()) text(option, 'option', [...at, 'options', i]);
        text(node.explanation, 'explanation', [...at, 'explanation']);
        source(node.source, [...at, 'source']);
        effects(node.effects?.correct, [...at, 'effects', 'correct']);
        effects(node.effects?.incorrect, [...at, 'effects', 'incorrect']);
        break;
      case 'branch':
        for (const [i, c] of node.cases.entries()) collectConditions(c.if, [...at, 'cases', i, 'if'], parts.conditions);
        break;
      case 'ending':
        text(node.text, 'endingText', [...at, 'text']);
        text(node.debrief, 'debrief', [...at, 'debrief']);
        text(node.history?.text, 'historyText', [...at, 'history', 'text']);
        source(node.history?.source, [...at, 'history', 'source']);
        text(node.epilogue, 'epilogue', [...at, 'epilogue']);
        break;
    }
  }
  return parts;
}

export function walkScenario(scenario: Scenario, visitor: ScenarioVisitor): void {
  let parts = partsCache.get(scenario);
  if (!parts) {
    parts = collectParts(scenario);
    partsCache.set(scenario, parts);
  }
  if (visitor.condition) for (const [condition, path] of parts.conditions) visitor.condition(condition, path);
  if (visitor.effects) for (const [effects, path] of parts.effects) visitor.effects(effects, path);
  if (visitor.text) for (const [text, field, path] of parts.texts) visitor.text(text, field, path);
  if (visitor.sourceRef) for (const [ref, path] of parts.sourceRefs) visitor.sourceRef(ref, path);
}
