/** One walk over a shape-checked scenario that hands every link, condition, effect, text and citation, with its path, to the checks. */
import type { Condition, Effects, Scenario, ScenarioNode, SourceRef } from '../model/schema';
import type { TextField } from '../model/text-limits';
import type { JsonPath } from './json-document';

export interface Link {
  /** The node id the link leads to. */
  target: string;
  path: JsonPath;
}

export interface ScenarioVisitor {
  /** Every condition, the composite ones (all, any, not) as well as those inside them. */
  condition?(condition: Condition, path: JsonPath): void;
  effects?(effects: Effects, path: JsonPath): void;
  text?(text: string, field: TextField, path: JsonPath): void;
  sourceRef?(ref: SourceRef, path: JsonPath): void;
}

/** Where a node can go next, ignoring conditions. */
export function nodeLinks(nodeId: string, node: ScenarioNode): Link[] {
  const at = (...rest: (string | number)[]): JsonPath => ['nodes', nodeId, ...rest];
  switch (node.type) {
    case 'dialogue':
      if (node.choices) return node.choices.map((choice, i) => ({ target: choice.next, path: at('choices', i, 'next') }));
      return node.next === undefined ? [] : [{ target: node.next, path: at('next') }];
    case 'quiz':
      return [{ target: node.next, path: at('next') }, ...(node.nextIfIncorrect === undefined ? [] : [{ target: node.nextIfIncorrect, path: at('nextIfIncorrect') }])];
    case 'branch':
      return [...node.cases.map((c, i) => ({ target: c.next, path: at('cases', i, 'next') })), { target: node.else, path: at('else') }];
    case 'ending':
      return [];
  }
}

export function walkScenario(scenario: Scenario, visitor: ScenarioVisitor): void {
  const condition = (c: Condition, path: JsonPath): void => {
    visitor.condition?.(c, path);
    if ('all' in c) c.all.forEach((inner, i) => condition(inner, [...path, 'all', i]));
    else if ('any' in c) c.any.forEach((inner, i) => condition(inner, [...path, 'any', i]));
    else if ('not' in c) condition(c.not, [...path, 'not']);
  };
  const effects = (e: Effects | undefined, path: JsonPath): void => {
    if (e) visitor.effects?.(e, path);
  };
  const text = (value: string | undefined, field: TextField, path: JsonPath): void => {
    if (value !== undefined) visitor.text?.(value, field, path);
  };
  const source = (ref: SourceRef | undefined, path: JsonPath): void => {
    if (!ref) return;
    visitor.sourceRef?.(ref, path);
    text(ref.quote, 'quote', [...path, 'quote']);
  };

  text(scenario.role.briefing, 'briefing', ['role', 'briefing']);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = (...rest: (string | number)[]): JsonPath => ['nodes', id, ...rest];
    switch (node.type) {
      case 'dialogue':
        text(node.text, 'dialogueText', at('text'));
        source(node.source, at('source'));
        node.choices?.forEach((choice, i) => {
          text(choice.text, 'choiceText', at('choices', i, 'text'));
          text(choice.feedback, 'feedback', at('choices', i, 'feedback'));
          effects(choice.effects, at('choices', i, 'effects'));
          if (choice.requires) condition(choice.requires, at('choices', i, 'requires'));
        });
        break;
      case 'quiz':
        text(node.question, 'question', at('question'));
        node.options.forEach((option, i) => text(option, 'option', at('options', i)));
        text(node.explanation, 'explanation', at('explanation'));
        source(node.source, at('source'));
        effects(node.effects?.correct, at('effects', 'correct'));
        effects(node.effects?.incorrect, at('effects', 'incorrect'));
        break;
      case 'branch':
        node.cases.forEach((c, i) => condition(c.if, at('cases', i, 'if')));
        break;
      case 'ending':
        text(node.text, 'endingText', at('text'));
        text(node.debrief, 'debrief', at('debrief'));
        text(node.history?.text, 'historyText', at('history', 'text'));
        source(node.history?.source, at('history', 'source'));
        text(node.epilogue, 'epilogue', at('epilogue'));
        break;
    }
  }
}
