/**
 * Walks over a shape-checked scenario that hand every condition, effect, text and citation, with
 * its path, to the checks, and tell where a node's links lead. Nothing is collected on the way:
 * the path is built only for what a check reports.
 */
import type { BranchNode, Choice, Condition, DebriefLine, Effects, Scenario, ScenarioNode, SourceRef } from '../model/schema';
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

/** A walk's place in the file: one list pushed and popped as the walk goes, never copied. */
type Path = (string | number)[];

/** Loops, not callbacks: a callback made per node or per condition costs on large scenarios. */
function visitConditions(condition: Condition, path: Path, visitor: ScenarioVisitor): void {
  visitor.condition?.(condition, path);
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    path.push('all' in condition ? 'all' : 'any', 0);
    for (let i = 0; i < list.length; i++) {
      path[path.length - 1] = i;
      visitConditions(list[i] as Condition, path, visitor);
    }
    path.length -= 2;
  } else if ('not' in condition) {
    path.push('not');
    visitConditions(condition.not, path, visitor);
    path.pop();
  }
}

function walkConditions(scenario: Scenario, visitor: ScenarioVisitor): void {
  const path: Path = ['nodes', ''];
  for (const id of Object.keys(scenario.nodes)) {
    const node = scenario.nodes[id] as ScenarioNode;
    path[1] = id;
    if (node.type === 'dialogue' && node.choices) {
      path.push('choices', 0, 'requires');
      for (let i = 0; i < node.choices.length; i++) {
        const requires = node.choices[i]?.requires;
        path[3] = i;
        if (requires) visitConditions(requires, path, visitor);
      }
      path.length = 2;
    } else if (node.type === 'branch') {
      path.push('cases', 0, 'if');
      for (let i = 0; i < node.cases.length; i++) {
        path[3] = i;
        visitConditions((node.cases[i] as BranchNode['cases'][number]).if, path, visitor);
      }
      path.length = 2;
    } else if (node.type === 'ending') {
      // An ending's claims and debrief lines are read at the ending, so the walk must carry what they name.
      if (node.claims) {
        path.push('claims', 0);
        for (let i = 0; i < node.claims.length; i++) {
          path[3] = i;
          visitConditions(node.claims[i] as Condition, path, visitor);
        }
        path.length = 2;
      }
      if (node.debriefLines) {
        path.push('debriefLines', 0, 'if');
        for (let i = 0; i < node.debriefLines.length; i++) {
          path[3] = i;
          visitConditions((node.debriefLines[i] as DebriefLine).if, path, visitor);
        }
        path.length = 2;
      }
    }
  }
}

function walkEffects(scenario: Scenario, visitor: ScenarioVisitor): void {
  const path: Path = ['nodes', ''];
  for (const id of Object.keys(scenario.nodes)) {
    const node = scenario.nodes[id] as ScenarioNode;
    path[1] = id;
    if (node.type === 'dialogue' && node.choices) {
      path.push('choices', 0, 'effects');
      for (let i = 0; i < node.choices.length; i++) {
        const effects = node.choices[i]?.effects;
        path[3] = i;
        if (effects) visitor.effects?.(effects, path);
      }
      path.length = 2;
    } else if (node.type === 'quiz' && node.effects) {
      path.push('effects', 'correct');
      if (node.effects.correct) visitor.effects?.(node.effects.correct, path);
      path[3] = 'incorrect';
      if (node.effects.incorrect) visitor.effects?.(node.effects.incorrect, path);
      path.length = 2;
    }
  }
}

type WalkedKind = 'text' | 'sourceRef';

/** Hands over a text at the path plus up to three more segments (no list is made for them). */
function visitText(
  visitor: ScenarioVisitor,
  kind: WalkedKind,
  value: string | undefined,
  field: TextField,
  path: Path,
  a: string | number,
  b?: string | number,
  c?: string | number,
): void {
  if (value === undefined || kind !== 'text' || !visitor.text) return;
  const length = path.length;
  path.push(a);
  if (b !== undefined) path.push(b);
  if (c !== undefined) path.push(c);
  visitor.text(value, field, path);
  path.length = length;
}

/** A citation at the path plus one or two segments, and its quote, a text. */
function visitSource(visitor: ScenarioVisitor, kind: WalkedKind, ref: SourceRef | undefined, path: Path, a: string, b?: string): void {
  if (!ref) return;
  const length = path.length;
  path.push(a);
  if (b !== undefined) path.push(b);
  if (kind === 'sourceRef') visitor.sourceRef?.(ref, path);
  visitText(visitor, kind, ref.quote, 'quote', path, 'quote');
  path.length = length;
}

/** Every text with a length limit and every citation (whose quote is such a text), node by node. */
function walkTexts(scenario: Scenario, visitor: ScenarioVisitor, kind: WalkedKind): void {
  const path: Path = [];
  visitText(visitor, kind, scenario.role.briefing, 'briefing', path, 'role', 'briefing');
  path.push('nodes', '');
  for (const id of Object.keys(scenario.nodes)) {
    const node = scenario.nodes[id] as ScenarioNode;
    path[1] = id;
    switch (node.type) {
      case 'dialogue':
        visitText(visitor, kind, node.text, 'dialogueText', path, 'text');
        visitSource(visitor, kind, node.source, path, 'source');
        for (let i = 0; i < (node.choices?.length ?? 0); i++) {
          const choice = node.choices?.[i] as Choice;
          visitText(visitor, kind, choice.text, 'choiceText', path, 'choices', i, 'text');
          visitText(visitor, kind, choice.feedback, 'feedback', path, 'choices', i, 'feedback');
          visitText(visitor, kind, choice.requiresText, 'requiresText', path, 'choices', i, 'requiresText');
        }
        break;
      case 'quiz':
        visitText(visitor, kind, node.question, 'question', path, 'question');
        for (let i = 0; i < node.options.length; i++) visitText(visitor, kind, node.options[i], 'option', path, 'options', i);
        visitText(visitor, kind, node.explanation, 'explanation', path, 'explanation');
        visitSource(visitor, kind, node.source, path, 'source');
        break;
      case 'branch':
        break;
      case 'ending':
        visitText(visitor, kind, node.text, 'endingText', path, 'text');
        visitText(visitor, kind, node.debrief, 'debrief', path, 'debrief');
        for (let i = 0; i < (node.debriefLines?.length ?? 0); i++)
          visitText(visitor, kind, node.debriefLines?.[i]?.text, 'debriefLine', path, 'debriefLines', i, 'text');
        visitText(visitor, kind, node.history?.text, 'historyText', path, 'history', 'text');
        visitSource(visitor, kind, node.history?.source, path, 'history', 'source');
        visitText(visitor, kind, node.epilogue, 'epilogue', path, 'epilogue');
        break;
    }
  }
}

/**
 * Hands the visitor every condition, then every effect, every text and every citation, each with
 * its path. The path is valid only during the call (one list serves the whole walk): a visitor
 * that keeps it must copy it.
 */
export function walkScenario(scenario: Scenario, visitor: ScenarioVisitor): void {
  if (visitor.condition) walkConditions(scenario, visitor);
  if (visitor.effects) walkEffects(scenario, visitor);
  // Texts and citations are walked apart, so that all texts come before all citations.
  if (visitor.text) walkTexts(scenario, visitor, 'text');
  if (visitor.sourceRef) walkTexts(scenario, visitor, 'sourceRef');
}
