import type { AppController } from '../../app/controller';
import type { AppView, DisplayMeter, QuizResultWords } from '../../app/view';
import type { StepOutcome } from '../../core/engine/types';
import { numberedLine, LABELS, unavailableReason } from '../../app/wording';
import { h, targetButton } from '../h';

type PlayView = Extract<AppView, { name: 'play' }>;

/** What the play views ask of whoever runs the play: the app controller, or the studio's preview. */
export type PlayControls = Pick<AppController, 'pause' | 'continue' | 'choose' | 'answer' | 'acknowledge'>;

/** Above the story log: the scenario's title, the pause button and the meters. */
export function renderPlayHead(view: PlayView, controller: PlayControls): HTMLElement {
  return h(
    'header',
    { class: 'ct-play-head' },
    h(
      'div',
      { class: 'ct-play-bar' },
      h('h1', { id: 'ct-play-title', tabindex: -1 }, view.title),
      targetButton({ target: 'pause', label: LABELS.pause, onPress: () => controller.pause() }),
    ),
    renderMeters(view.meters, 'Meters', true),
  );
}

/**
 * Below the story log: what the player can do now. The line itself is in the log, which is
 * read out as it grows, so it is not repeated here for a screen reader to meet twice.
 */
export function renderPlay(view: PlayView, controller: PlayControls): HTMLElement {
  return h(
    'section',
    { class: 'ct-view ct-play', 'aria-label': 'Your move' },
    view.pendingOutcome ? renderOutcome(view.pendingOutcome, view.quizResult, controller) : renderScreen(view, controller),
  );
}

/**
 * The meters, each with what it measures and which way is better as its description. During play
 * (`focusable`) each is a stop of the Tab order with the id of its canvas twin, which shows that tip
 * while it has focus; Tab goes on from the last meter to the moves.
 */
export function renderMeters(meters: DisplayMeter[], heading = 'Meters', focusable = false): HTMLElement | null {
  if (meters.length === 0) return null;
  return h(
    'section',
    { class: 'ct-meters', 'aria-label': heading },
    h(
      'ul',
      {},
      ...meters.map((m) => {
        const { change } = m.words;
        const mark = change === null ? '' : change.better ? ' ct-better' : ' ct-worse';
        const tip = `ct-meter-tip-${m.id}`;
        return h(
          'li',
          {
            class: `ct-meter${mark}`,
            'aria-describedby': tip,
            ...(focusable ? { tabindex: 0, 'data-target': `meter:${m.id}` } : {}),
          },
          h('span', { class: 'ct-sr-only' }, m.words.summary),
          h('span', { 'aria-hidden': 'true' }, `${m.words.label} ${m.words.value}`),
          h('meter', { min: m.min, max: m.max, value: m.value, 'aria-hidden': 'true' }),
          change ? h('span', { class: 'ct-meter-change', 'aria-hidden': 'true' }, change.shown) : null,
          h('span', { id: tip, class: 'ct-meter-tip' }, m.words.about),
        );
      }),
    ),
  );
}

function renderScreen(view: PlayView, controller: PlayControls): HTMLElement {
  const { screen } = view;
  if (screen.kind === 'line') {
    return h(
      'div',
      { class: 'ct-actions' },
      targetButton({ target: 'continue', label: LABELS.continue, onPress: () => controller.continue() }),
    );
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
              label: numberedLine(choice.index, choice.text),
              enabled: choice.available,
              ...(choice.available ? {} : { reason: unavailableReason(choice.reason) }),
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
          h('li', {}, targetButton({ target: `option:${i}`, label: numberedLine(i, option), onPress: () => controller.answer(i) })),
        ),
      ),
    );
  }
  return h('p', {}, 'The scenario is over.');
}

function renderOutcome(outcome: StepOutcome, words: QuizResultWords | undefined, controller: PlayControls): HTMLElement {
  const { quiz } = outcome;
  const acknowledge = targetButton({ target: 'acknowledge', label: LABELS.continue, onPress: () => controller.acknowledge() });
  if (!quiz || !words) {
    return h(
      'section',
      { class: 'ct-outcome', 'aria-label': LABELS.whatHappened },
      h('p', {}, outcome.feedback ?? ''),
      h('div', { class: 'ct-actions' }, acknowledge),
    );
  }
  return h(
    'section',
    { class: `ct-outcome ${quiz.correct ? 'ct-correct' : 'ct-wrong'}`, 'aria-labelledby': 'ct-outcome-verdict' },
    h('h2', { id: 'ct-outcome-verdict' }, words.verdict),
    h('p', {}, quiz.question),
    h(
      'ul',
      { class: 'ct-review' },
      ...words.options.map((option) =>
        h(
          'li',
          { class: option.state === 'right' ? 'ct-right' : option.state === 'chosen' ? 'ct-chosen' : '' },
          option.text,
          option.mark ? h('strong', {}, ` ${option.mark}`) : null,
        ),
      ),
    ),
    h('p', {}, quiz.explanation),
    h('blockquote', {}, h('p', {}, words.quote), h('footer', {}, words.citation)),
    h('div', { class: 'ct-actions' }, acknowledge),
  );
}
