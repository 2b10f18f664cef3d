/**
 * Scenarios generated for the core benchmark: the same shape as the real ones (choices with effects,
 * conditions on meters and flags, quizzes, branches, several endings), at any size.
 */
import type { Choice, Scenario, ScenarioNode } from '../../src/core/model/schema';

const SOURCE = { ref: 'ap-2022-01-11', quote: 'a round of Russia-NATO talks in Brussels on Wednesday' };
export const EPISODE_NODES = 10;

/**
 * One episode is ten nodes: a question with three answers (one needing trust), a reply to each, a
 * quiz with a recap after a wrong answer, a branch on trust to a warning or a note, and an aside. Trust moves in steps of 25,
 * so conditions see five values; tension only shows on screen.
 */
function episode(i: number, next: string): Record<string, ScenarioNode> {
  const id = (part: string) => `e${i}-${part}`;
  const choice = (key: string, trust: number, extra: Partial<Choice> = {}): Choice => ({
    id: key,
    text: `Answer ${key}.`,
    next: id(`reply-${key}`),
    effects: { meters: { trust, tension: -trust / 5 } },
    ...extra,
  });
  const line = (text: string, to: string): ScenarioNode => ({ type: 'dialogue', speaker: 'narrator', text, next: to });
  return {
    [id('ask')]: {
      type: 'dialogue',
      speaker: 'envoy',
      text: `Round ${i}: what do you answer?`,
      choices: [
        choice('firm', -25),
        choice('soft', 25),
        choice('listen', 0, { requires: { meter: 'trust', gte: 50 }, effects: { flags: { listened: true } } }),
      ],
    },
    [id('reply-firm')]: line('They frown.', id('quiz')),
    [id('reply-soft')]: line('They nod.', id('quiz')),
    [id('reply-listen')]: line('They go on.', id('quiz')),
    [id('quiz')]: {
      type: 'quiz',
      question: 'Where did NATO meet Russia?',
      options: ['Geneva', 'Brussels', 'Vienna'],
      answer: 1,
      explanation: 'Brussels, on Wednesday.',
      source: SOURCE,
      effects: { correct: { meters: { tension: -5 } }, incorrect: { meters: { tension: 5 } } },
      next: id('route'),
      nextIfIncorrect: id('recap'),
    },
    [id('recap')]: line('A short recap.', id('route')),
    [id('route')]: { type: 'branch', cases: [{ if: { meter: 'trust', lt: 25 }, next: id('warn') }], else: id('note') },
    [id('warn')]: line('Trust is low.', id('aside')),
    [id('note')]: line('Trust holds.', id('aside')),
    [id('aside')]: {
      type: 'dialogue',
      speaker: 'narrator',
      text: 'Take a break?',
      choices: [
        { id: 'rest', text: 'Rest.', next, effects: { meters: { tension: -5 } } },
        { id: 'push', text: 'Push on.', next },
      ],
    },
  };
}

/** A scenario of `episodes` episodes (ten nodes each) plus a final branch and three endings. */
export function generatedScenario(episodes: number): Scenario {
  const nodes: Record<string, ScenarioNode> = {};
  for (let i = 0; i < episodes; i++) Object.assign(nodes, episode(i, i + 1 < episodes ? `e${i + 1}-ask` : 'verdict'));
  const ending = (outcome: 'success' | 'mixed' | 'failure', score: number): ScenarioNode => ({
    type: 'ending',
    title: outcome,
    text: `The talks end: ${outcome}.`,
    outcome,
    score,
    debrief: 'Trust decided it.',
  });
  nodes.verdict = {
    type: 'branch',
    cases: [
      { if: { all: [{ meter: 'trust', gte: 75 }, { flag: 'listened' }] }, next: 'end-success' },
      { if: { meter: 'trust', gte: 50 }, next: 'end-mixed' },
    ],
    else: 'end-failure',
  };
  nodes['end-success'] = ending('success', 90);
  nodes['end-mixed'] = ending('mixed', 60);
  nodes['end-failure'] = ending('failure', 20);
  return {
    format: 'crisis-table/scenario',
    formatVersion: 1,
    id: 'generated',
    version: '1.0.0',
    title: 'Generated talks',
    summary: 'A generated scenario for the benchmark.',
    language: 'en',
    role: { title: 'Envoy', briefing: 'You negotiate.' },
    estimatedMinutes: 60,
    learningObjectives: ['None; this measures the engine.'],
    sources: [
      {
        id: 'ap-2022-01-11',
        title: 'Kremlin: Not much optimism after Russia-US talks on Ukraine',
        publisher: 'Associated Press',
        date: '2022-01-11',
        authors: ['Dasha Litvinova', 'Vladimir Isachenkov'],
      },
    ],
    characters: { envoy: { name: 'The envoy', title: 'Envoy', affiliation: 'Russia' } },
    meters: {
      trust: { label: 'Trust', description: 'Trust between the delegations.', min: 0, max: 100, initial: 50, better: 'higher' },
      tension: { label: 'Tension', description: 'Tension in the room.', min: 0, max: 100, initial: 50, better: 'lower' },
    },
    flags: ['listened'],
    start: 'e0-ask',
    nodes,
  };
}

/** The inputs of one scripted play through `generatedScenario(n)`, five per episode: answer soft (then listen), continue, answer the quiz right, continue, push on. */
export function scriptedInputs(episodes: number): ({ choose: string } | { answer: number } | 'continue')[] {
  const inputs: ({ choose: string } | { answer: number } | 'continue')[] = [];
  for (let i = 0; i < episodes; i++)
    inputs.push({ choose: i === 0 ? 'soft' : 'listen' }, 'continue', { answer: 1 }, 'continue', { choose: 'push' });
  return inputs;
}
