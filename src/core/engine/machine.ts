import { assign, setup } from 'xstate';
import type { Condition, Effects, Scenario, ScenarioNode } from '../model/schema';
import { addReads, forEachConditionIn, holds } from '../model/conditions';
import { applyEffects } from '../model/effects';
import { initialState, markVisited, type StoryState } from '../model/state';
import { waysOut } from '../model/ways-out';
import { contentHash } from '../model/hash';
import { finishedPlay } from './result';
import type { PlayResult, QuizAnswer, Step, StepOutcome } from './types';

export interface StoryContext {
  story: StoryState;
  steps: Step[];
  quiz: QuizAnswer[];
  /** What the last step led to: feedback, quiz result, meter changes. */
  outcome: StepOutcome | null;
  /** The ending node reached, once the play is over. */
  ending: string | null;
}

export type StoryEvent = { type: 'story.choose'; choice: string } | { type: 'quiz.answer'; option: number } | { type: 'story.continue' };

function meterChanges(before: StoryState, after: StoryState): Record<string, number> {
  const changes: Record<string, number> = {};
  if (after === before) return changes;
  for (const id of Object.keys(after.meters)) {
    const value = after.meters[id] as number;
    const delta = value - (before.meters[id] ?? value);
    if (delta !== 0) changes[id] = delta;
  }
  return changes;
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
  if (!node) throw new Error(`no node "${id}"`);
  return node;
}

/**
 * The XState setup for one scenario: guards read conditions as data, actions apply effects with
 * `assign`. Named implementations so tests can swap them with `machine.provide()`.
 */
function storySetup(scenario: Scenario, hash: () => string) {
  const visitsRead = nodesReadByVisited(scenario);
  return setup({
    types: {
      context: {} as StoryContext,
      events: {} as StoryEvent,
      output: {} as PlayResult,
    },
    guards: {
      holds: ({ context }, params: { condition: Condition }) => holds(params.condition, context.story),
      choiceTaken: ({ context, event }, params: { choice: string; requires?: Condition }) =>
        event.type === 'story.choose' &&
        event.choice === params.choice &&
        (params.requires === undefined || holds(params.requires, context.story)),
      answered: ({ event }, params: { correct: boolean; answer: number; options: number }) =>
        event.type === 'quiz.answer' &&
        Number.isInteger(event.option) &&
        event.option >= 0 &&
        event.option < params.options &&
        (event.option === params.answer) === params.correct,
    },
    actions: {
      visit: assign({ story: ({ context }, params: { node: string }) => markVisited(context.story, params.node) }),
      choose: assign(({ context }, params: { node: string; choice: string }) => {
        const node = nodeOf(scenario, params.node);
        const choice = node.type === 'dialogue' ? node.choices?.find((c) => c.id === params.choice) : undefined;
        const story = applyEffects(scenario, context.story, choice?.effects);
        const step: Step = { kind: 'choose', node: params.node, choice: params.choice };
        const outcome: StepOutcome = { step, meterChanges: meterChanges(context.story, story) };
        if (choice?.feedback) outcome.feedback = choice.feedback;
        return { story, steps: [...context.steps, step], outcome };
      }),
      answer: assign(({ context, event }, params: { node: string }) => {
        const node = nodeOf(scenario, params.node);
        if (node.type !== 'quiz' || event.type !== 'quiz.answer') return {};
        const correct = event.option === node.answer;
        const effects: Effects | undefined = correct ? node.effects?.correct : node.effects?.incorrect;
        const story = applyEffects(scenario, context.story, effects);
        const step: Step = { kind: 'answer', node: params.node, option: event.option };
        const answer: QuizAnswer = { node: params.node, question: node.question, chosen: event.option, answer: node.answer, correct };
        const outcome: StepOutcome = {
          step,
          // Written out, not `{ ...answer, explanation, … }`: V8 makes a spread followed by new keys
          // the slow way, which cost more than all the rest of a step.
          quiz: {
            node: answer.node,
            question: answer.question,
            chosen: answer.chosen,
            answer: answer.answer,
            correct,
            explanation: node.explanation,
            source: node.source,
            options: node.options,
          },
          meterChanges: meterChanges(context.story, story),
        };
        return { story, steps: [...context.steps, step], quiz: [...context.quiz, answer], outcome };
      }),
      finish: assign((_, params: { node: string }) => ({ ending: params.node })),
      continue: assign(({ context }, params: { node: string }) => {
        const step: Step = { kind: 'continue', node: params.node };
        return { steps: [...context.steps, step], outcome: { step, meterChanges: {} } };
      }),
    },
  }).createMachine({
    id: scenario.id,
    context: { story: initialState(scenario), steps: [], quiz: [], outcome: null, ending: null },
    initial: scenario.start,
    states: Object.fromEntries(Object.entries(scenario.nodes).map(([id, node]) => [id, stateFor(id, node, visitsRead.has(id))])),
    output: ({ context }) => finishedPlay(scenario, hash(), context),
  });
}

export type StoryMachine = ReturnType<typeof storySetup>;

/** Nodes that some `visited` condition names: only visits to these can change the story. */
function nodesReadByVisited(scenario: Scenario): Set<string> {
  const reads = { meters: new Set<string>(), flags: new Set<string>(), visited: new Set<string>() };
  forEachConditionIn(scenario, (condition) => addReads(condition, reads));
  return reads.visited;
}

/** One state per node; its transitions are the node's ways out, each on the event that takes it. */
function stateFor(id: string, node: ScenarioNode, recordVisit: boolean) {
  const visit = recordVisit ? [{ type: 'visit', params: { node: id } } as const] : [];
  if (node.type === 'ending') return { entry: [...visit, { type: 'finish', params: { node: id } } as const], type: 'final' as const };
  const continues = [];
  const chooses = [];
  const answers = [];
  const always = [];
  for (const way of waysOut(node)) {
    switch (way.kind) {
      case 'continue':
        continues.push({ target: way.target, reenter: true, actions: { type: 'continue', params: { node: id } } as const });
        break;
      case 'choice': {
        const { choice } = way;
        chooses.push({
          guard: {
            type: 'choiceTaken',
            params: choice.requires ? { choice: choice.id, requires: choice.requires } : { choice: choice.id },
          } as const,
          target: way.target,
          reenter: true,
          actions: { type: 'choose', params: { node: id, choice: choice.id } } as const,
        });
        break;
      }
      case 'answer':
        if (node.type !== 'quiz') throw new Error(`an answer leads out of "${id}", which is no quiz`);
        answers.push({
          guard: { type: 'answered', params: { correct: way.correct, answer: node.answer, options: node.options.length } } as const,
          target: way.target,
          reenter: true,
          actions: { type: 'answer', params: { node: id } } as const,
        });
        break;
      case 'case':
        always.push({ guard: { type: 'holds', params: { condition: way.condition } } as const, target: way.target });
        break;
      case 'else':
        always.push({ target: way.target });
        break;
      default: {
        const never: never = way;
        throw new Error(`unknown way out ${JSON.stringify(never)}`);
      }
    }
  }
  return {
    entry: visit,
    ...(always.length ? { always } : {}),
    on: {
      ...(continues.length ? { 'story.continue': continues } : {}),
      ...(chooses.length ? { 'story.choose': chooses } : {}),
      ...(answers.length ? { 'quiz.answer': answers } : {}),
    },
  };
}

export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly machine: StoryMachine;
  /** The content hash that ties saves and results to this text of the scenario. */
  readonly hash: string;
}

/** Compiles a validated scenario to its XState machine: one state per node. */
export function compileScenario(scenario: Scenario): CompiledScenario {
  // Hashed on first use: compiling for a menu or a validator run need not pay for it.
  let hash: string | undefined;
  const hashOnce = () => (hash ??= contentHash(scenario));
  return {
    scenario,
    machine: storySetup(scenario, hashOnce),
    get hash() {
      return hashOnce();
    },
  };
}
