import type { AppController } from '../../app/controller';
import type { AppView } from '../../app/view';
import type { MeterView, StepOutcome } from '../../core/engine/types';
import { choiceLabel, meterSummary, quotedFrom, quizVerdict } from '../../app/wording';
import { h, targetButton } from '../h';

type PlayView = Extract<AppView, { name: 'play' }>;

/** Above the story log: the scenario's title, the pause button and the meters. */
export function renderPlayHead(view: PlayView, controller: AppController): HTMLElement {
  return h(
    'header',
    { class: 'ct-play-head' },
    h(
      'div',
      { class: 'ct-play-bar' },
      h('h1', { id: 'ct-play-title', tabindex: -1 }, view.title),
      targetButton({ target: 'pause', label: 'Pause', onPress: () => controller.pause() }),
    ),
    renderMeters(view.meters),
  );
}

/**
 * Below the story log: what the player can do now. The line itself is in the log, which is
 * read out as it grows, so it is not repeated here for a screen reader to meet twice.
 */
export function renderPlay(view: PlayView, controller: AppController): HTMLElement {
  return h(
    'section',
    { class: 'ct-view ct-play', 'aria-label': 'Your move' },
    view.pendingOutcome ? renderOutcome(view.pendingOutcome, view, controller) : renderScreen(view, controller),
  );
}

export function renderMeters(meters: MeterView[], heading = 'Standing'): HTMLElement | null {
  if (meters.length === 0) return null;
  return h(
    'section',
    { class: 'ct-meters', 'aria-label': heading },
    h(
      'ul',
      {},
      ...meters.map((m) => {
        const better = m.change !== 0 && (m.better === 'higher' ? m.change > 0 : m.change < 0);
        const mark = m.change === 0 ? '' : better ? ' ct-better' : ' ct-worse';
        return h(
          'li',
          { class: `ct-meter${mark}`, title: m.description },
          h('span', { class: 'ct-sr-only' }, meterSummary(m)),
          h('span', { 'aria-hidden': 'true' }, `${m.label}: ${m.value}`),
          h('meter', { min: m.min, max: m.max, value: m.value, 'aria-hidden': 'true' }),
        );
      }),
    ),
  );
}

function renderScreen(view: PlayView, controller: AppController): HTMLElement {
  const { screen } = view;
  if (screen.kind === 'line') {
    return h('div', { class: 'ct-actions' }, targetButton({ target: 'continue', label: 'Continue', onPress: () => controller.continue() }));
  }
  if (screen.kind === 'choice') {
    return h(
      'section',
      { class: 'ct-choices', 'aria-label': 'Your choices' },
      h(
        'ol',
        {},
        ...screen.choices.map((choice) =>
          h(
            'li',
            {},
            targetButton({
              target: `choice:${choice.id}`,
              label: choiceLabel(choice.index, choice.text),
              enabled: choice.available,
              ...(choice.available ? {} : { reason: `Unavailable: ${choice.reason ?? 'not possible now'}` }),
              onPress: () => controller.choose(choice.id),
            }),
          ),
        ),
      ),
    );
  }
  if (screen.kind === 'quiz') {
    return h(
      'section',
      { class: 'ct-quiz', 'aria-labelledby': 'ct-quiz-question' },
      h('h2', { id: 'ct-quiz-question' }, screen.question),
      h(
        'ol',
        {},
        ...screen.options.map((option, i) =>
          h('li', {}, targetButton({ target: `option:${i}`, label: choiceLabel(i, option), onPress: () => controller.answer(i) })),
        ),
      ),
    );
  }
  return h('p', {}, 'The scenario is over.');
}

function renderOutcome(outcome: StepOutcome, view: PlayView, controller: AppController): HTMLElement {
  const { quiz } = outcome;
  const acknowledge = targetButton({ target: 'acknowledge', label: 'Continue', onPress: () => controller.acknowledge() });
  if (!quiz) {
    return h(
      'section',
      { class: 'ct-outcome', 'aria-label': 'What happened' },
      h('p', {}, outcome.feedback ?? ''),
      h('div', { class: 'ct-actions' }, acknowledge),
    );
  }
  return h(
    'section',
    { class: `ct-outcome ${quiz.correct ? 'ct-correct' : 'ct-wrong'}`, 'aria-labelledby': 'ct-outcome-verdict' },
    h('h2', { id: 'ct-outcome-verdict' }, quizVerdict(quiz)),
    h('p', {}, quiz.question),
    h(
      'ul',
      { class: 'ct-review' },
      ...quiz.options.map((option, i) => {
        const marks = [i === quiz.answer ? 'right answer' : '', i === quiz.chosen ? 'your answer' : ''].filter(Boolean).join(', ');
        return h(
          'li',
          { class: i === quiz.answer ? 'ct-right' : i === quiz.chosen ? 'ct-chosen' : '' },
          option,
          marks ? h('strong', {}, ` — ${marks}`) : null,
        );
      }),
    ),
    h('p', {}, quiz.explanation),
    h('blockquote', {}, h('p', {}, `“${quiz.source.quote}”`), h('footer', {}, quotedFrom(quiz.source.ref, view.citations))),
    h('div', { class: 'ct-actions' }, acknowledge),
  );
}
