import fc from 'fast-check';
import { validateScenarioText, type ValidationResult } from '../../src/core/validator/index';

/**
 * Small random scenarios for property tests of what explores plays (the validator's walk, `analyze`):
 * meters, flags and visits read by conditions, choices, quizzes, branches and two endings.
 */
export const METERS = ['trust', 'unity'] as const;
export const FLAGS = ['warned', 'met'] as const;
export const ENDINGS = ['end-a', 'end-b'] as const;

type Json = Record<string, unknown>;

/** Draws from fast-check's random numbers, so a failing scenario shrinks and replays. */
export type Pick = (n: number) => number;

function condition(pick: Pick, nodes: string[], depth = 0): Json {
  switch (pick(depth > 1 ? 3 : 6)) {
    case 0: {
      const op = (['gte', 'gt', 'lte', 'lt', 'eq'] as const)[pick(5)] as string;
      return { meter: METERS[pick(2)], [op]: pick(5) * 25 };
    }
    case 1:
      return pick(2) ? { flag: FLAGS[pick(2)] } : { flag: FLAGS[pick(2)], is: pick(2) === 0 };
    case 2:
      return { visited: nodes[pick(nodes.length)] };
    case 3:
      return { all: [condition(pick, nodes, depth + 1), condition(pick, nodes, depth + 1)] };
    case 4:
      return { any: [condition(pick, nodes, depth + 1), condition(pick, nodes, depth + 1)] };
    default:
      return { not: condition(pick, nodes, depth + 1) };
  }
}

function effects(pick: Pick): Json {
  const meters: Json = {};
  for (const meter of METERS) if (pick(2)) meters[meter] = (pick(5) - 2) * 25;
  return pick(3) === 0 ? { meters, flags: { [FLAGS[pick(2)] as string]: pick(3) > 0 } } : { meters };
}

/**
 * A chain of nodes n0 → n1 → … → last, whose first way on always leads forward (so the graph is sound), with
 * conditional choices and cases that may loop back (unless `forwardOnly`: then every play is finite) or
 * jump to an ending. Branches only lead forward, as a loop of branches alone would never rest.
 */
export function randomScenario(pick: Pick, { forwardOnly = false } = {}): Json {
  const count = 3 + pick(6);
  const ids = Array.from({ length: count }, (_, i) => `n${i}`);
  const nodes: Json = {};
  ids.forEach((id, i) => {
    const forward = i + 1 < count ? (ids[i + 1] as string) : 'last';
    const ahead = (): string => (i + 1 < count && pick(2) ? (ids[i + 1 + pick(count - i - 1)] as string) : (ENDINGS[pick(2)] as string));
    const anywhere = (): string => (forwardOnly ? ahead() : pick(4) === 0 ? (ENDINGS[pick(2)] as string) : (ids[pick(count)] as string));
    switch (pick(4)) {
      case 0:
        nodes[id] = { type: 'dialogue', speaker: 'narrator', text: 'A line.', next: forward };
        break;
      case 1:
        nodes[id] = {
          type: 'dialogue',
          speaker: 'narrator',
          text: 'A choice.',
          choices: Array.from({ length: 1 + pick(3) }, (_, c) => ({
            id: `c${c}`,
            text: 'Choose.',
            next: c === 0 ? forward : anywhere(),
            ...(pick(2) ? { requires: condition(pick, ids) } : {}),
            ...(pick(2) ? { effects: effects(pick) } : {}),
          })),
        };
        break;
      case 2:
        nodes[id] = {
          type: 'quiz',
          question: 'Which?',
          // Two or three options: a quiz's wrong options lead alike, and plays through each count apart.
          options: ['One', 'Two', 'Three'].slice(0, 2 + pick(2)),
          answer: 0,
          explanation: 'One.',
          source: { ref: 'ap-2022-01-11', quote: 'talks' },
          next: forward,
          ...(pick(2) ? { nextIfIncorrect: anywhere() } : {}),
          ...(pick(2) ? { effects: { correct: effects(pick), incorrect: effects(pick) } } : {}),
        };
        break;
      default:
        nodes[id] = {
          type: 'branch',
          cases: Array.from({ length: 1 + pick(2) }, () => ({ if: condition(pick, ids), next: ahead() })),
          else: forward,
        };
    }
  });
  // Every ending is linked, so the graph is sound; whether conditions let a play through is the walk's question.
  nodes.last = {
    type: 'dialogue',
    speaker: 'narrator',
    text: 'Decide.',
    choices: ENDINGS.map((id, c) => ({
      id: `c${c}`,
      text: 'End.',
      next: id,
      ...(c > 0 || pick(2) ? { requires: condition(pick, ids) } : {}),
    })),
  };
  ENDINGS.forEach((id, i) => {
    nodes[id] = { type: 'ending', title: 'The end', text: 'It ends.', outcome: 'mixed', score: 10 * i, debrief: 'So it went.' };
  });
  const meter = (label: string, initial: number) => ({ label, description: `${label}.`, min: 0, max: 100, initial, better: 'higher' });
  return {
    format: 'crisis-table/scenario',
    formatVersion: 1,
    id: 'walk',
    version: '1.0.0',
    title: 'Walk',
    summary: 'A random scenario.',
    language: 'en',
    role: { title: 'Envoy', briefing: 'You negotiate.' },
    estimatedMinutes: 5,
    learningObjectives: ['None.'],
    sources: [{ id: 'ap-2022-01-11', title: 'Talks', publisher: 'AP', date: '2022-01-11', authors: ['A'] }],
    characters: {},
    meters: { trust: meter('Trust', 50), unity: meter('Unity', 25) },
    flags: [...FLAGS],
    start: 'n0',
    nodes,
  };
}

/**
 * A random scenario drawn by fast-check and validated as an author's file would be; the numbers it is
 * drawn from come from fast-check, so a failing scenario shrinks and replays.
 */
export function arbitraryScenario(options: { forwardOnly?: boolean } = {}): fc.Arbitrary<ValidationResult> {
  return fc.infiniteStream(fc.nat()).map((numbers) => {
    const pick: Pick = (n) => (numbers.next().value as number) % n;
    return validateScenarioText(JSON.stringify(randomScenario(pick, options), null, 2), { file: 'walk.json' });
  });
}
