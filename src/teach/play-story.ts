/**
 * A play told in words, step by step, by replaying its steps through the engine: what was said,
 * what the student chose, the feedback they got, and each quiz answer right or wrong.
 */
import { compileScenario, Play, type CompiledScenario, type Step } from '../core/engine';
import type { Scenario } from '../core/model/schema';
import type { ReportStep } from '../core/results';

type StoryEntry =
  | { kind: 'line'; speaker: string; text: string; chose?: string; feedback?: string; at: number }
  | { kind: 'quiz'; question: string; chose: string; answer: string; correct: boolean; explanation: string; at: number }
  | { kind: 'ending'; title: string; text: string };

export interface PlayStory {
  entries: StoryEntry[];
  /** Set when a step did not fit the scenario: the story stops there, and says why. */
  stoppedAt?: { step: number; message: string };
}

const compiledCache = new WeakMap<Scenario, CompiledScenario>();

function compiled(scenario: Scenario): CompiledScenario {
  let found = compiledCache.get(scenario);
  if (!found) compiledCache.set(scenario, (found = compileScenario(scenario)));
  return found;
}

function engineStep(step: ReportStep): Step {
  if (step.kind === 'choose') return { kind: 'choose', node: step.node, choice: step.choice ?? '' };
  if (step.kind === 'answer') return { kind: 'answer', node: step.node, option: step.option ?? -1 };
  return { kind: 'continue', node: step.node };
}

export function playStory(scenario: Scenario, steps: readonly ReportStep[]): PlayStory {
  const play = Play.start(compiled(scenario));
  const entries: StoryEntry[] = [];
  try {
    for (const [index, step] of steps.entries()) {
      const screen = play.screen;
      const input = engineStep(step);
      const result =
        input.node !== screen.node
          ? { ok: false as const, message: `this step is for "${input.node}" but the play is at "${screen.node}"` }
          : input.kind === 'choose'
            ? play.choose(input.choice)
            : input.kind === 'answer'
              ? play.answer(input.option)
              : play.continue();
      if (!result.ok) return { entries, stoppedAt: { step: index + 1, message: result.message } };
      const outcome = play.lastOutcome;
      if (screen.kind === 'quiz' && outcome?.quiz) {
        const quiz = outcome.quiz;
        entries.push({
          kind: 'quiz',
          question: quiz.question,
          chose: quiz.options[quiz.chosen] ?? '?',
          answer: quiz.options[quiz.answer] ?? '?',
          correct: quiz.correct,
          explanation: quiz.explanation,
          at: step.ms,
        });
      } else if (screen.kind === 'line' || screen.kind === 'choice') {
        const chosen = screen.kind === 'choice' ? screen.choices.find((choice) => choice.id === step.choice) : undefined;
        entries.push({
          kind: 'line',
          speaker: screen.speaker.name,
          text: screen.text,
          ...(chosen ? { chose: chosen.text } : {}),
          ...(outcome?.feedback ? { feedback: outcome.feedback } : {}),
          at: step.ms,
        });
      }
    }
    const result = play.result;
    if (result) entries.push({ kind: 'ending', title: result.endingTitle, text: result.endingText });
    return { entries };
  } finally {
    play.stop();
  }
}
