/**
 * Walks over a shape-checked scenario that hand every condition, effect, text and citation, with
 * its path, to the checks, and tell where a node's links lead. Nothing is collected on the way:
 * the path is built only for what a check reports.
 */
import { forEachConditionIn, type WalkPath } from '../model/conditions';
import type { Choice, Condition, Effects, Scenario, ScenarioNode, SourceRef } from '../model/schema';
import type { TextField } from '../model/text-limits';
import type { JsonPath } from './json-document';

export interface ScenarioVisitor {
  /** Every condition, the composite ones (all, any, not) as well as those inside them. */
  condition?(condition: Condition, path: JsonPath): void;
  effects?(effects: Effects, path: JsonPath): void;
  text?(text: string, field: TextField, path: JsonPath): void;
  sourceRef?(ref: SourceRef, path: JsonPath): void;
}

/** A walk's place in the file: one list pushed and popped as the walk goes, never copied. */
type Path = WalkPath;

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
  if (visitor.condition) forEachConditionIn(scenario, (condition, path) => visitor.condition?.(condition, path));
  if (visitor.effects) walkEffects(scenario, visitor);
  // Texts and citations are walked apart, so that all texts come before all citations.
  if (visitor.text) walkTexts(scenario, visitor, 'text');
  if (visitor.sourceRef) walkTexts(scenario, visitor, 'sourceRef');
}
