import type { AppController } from '../../app/controller';
import type { AppView } from '../../app/view';
import { EPILOGUE_HEADING, LABELS, pathChoiceLine } from '../../app/wording';
import { h, targetButton } from '../h';
import { renderMeters } from './play';
import { renderHandIn, renderMyResults } from './result-codes';

type EndingView = Extract<AppView, { name: 'ending' }>;

/** What the ending view asks of whoever runs the play: the app controller, or the studio's preview. */
export type EndingControls = Pick<AppController, 'playAgain' | 'nextScenario' | 'openMenu'>;

export function renderEnding(view: EndingView, controller: EndingControls): HTMLElement {
  const { result, ending } = view;
  return h(
    'section',
    { class: `ct-view ct-ending ct-${result.outcome}`, 'aria-labelledby': 'ct-ending-title' },
    h('h1', { id: 'ct-ending-title', tabindex: -1 }, ending.title),
    h('p', { class: 'ct-outcome-word' }, view.words.outcome),
    // No score at all when the teacher chose not to show it.
    view.words.score !== null ? h('p', { class: 'ct-score' }, view.words.score) : null,
    view.words.scoreDetail !== null ? h('p', {}, view.words.scoreDetail) : null,
    // An assignment play's code comes first: it is what the student has to hand in.
    view.handIn ? renderHandIn(view.handIn) : null,
    h('p', {}, ending.text),
    h('h2', {}, LABELS.whyItEnded),
    h('p', {}, ending.debrief),
    result.debriefLines.length > 0 ? h('ul', { class: 'ct-debrief-lines' }, ...result.debriefLines.map((line) => h('li', {}, line))) : null,
    ending.history && view.words.history
      ? h(
          'section',
          { 'aria-labelledby': 'ct-history' },
          h('h2', { id: 'ct-history' }, LABELS.whatReallyHappened),
          h('p', {}, ending.history.text),
          h('blockquote', {}, h('p', {}, view.words.history.quote), h('footer', {}, view.words.history.citation)),
        )
      : null,
    ending.epilogue
      ? h(
          'section',
          { class: 'ct-epilogue', 'aria-labelledby': 'ct-epilogue' },
          h('h2', { id: 'ct-epilogue' }, EPILOGUE_HEADING),
          h('p', {}, ending.epilogue),
        )
      : null,
    h('h2', {}, LABELS.finalMeters),
    renderMeters(view.meters, LABELS.finalMeters),
    view.path.length > 0
      ? h(
          'section',
          { class: 'ct-path', 'aria-labelledby': 'ct-path' },
          h('h2', { id: 'ct-path' }, LABELS.yourPath),
          h(
            'ol',
            {},
            ...view.path.map((step, i) =>
              h(
                'li',
                {},
                h('p', { class: 'ct-path-prompt' }, step.prompt),
                h('p', {}, h('strong', {}, pathChoiceLine(i, step.choice))),
                step.feedback ? h('p', {}, step.feedback) : null,
              ),
            ),
          ),
        )
      : null,
    view.quizReview.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-quiz-review' },
          h('h2', { id: 'ct-quiz-review' }, LABELS.quizAnswers),
          h(
            'ol',
            {},
            ...view.quizReview.map((a, i) =>
              h(
                'li',
                { class: a.correct ? 'ct-right' : 'ct-chosen' },
                h('p', {}, a.question),
                ...(view.words.review[i] ?? []).map((line) => h('p', {}, line)),
              ),
            ),
          ),
        )
      : null,
    view.discussionQuestions.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-discuss' },
          h('h2', { id: 'ct-discuss' }, LABELS.discussion),
          h('ul', {}, ...view.discussionQuestions.map((q) => h('li', {}, q))),
        )
      : null,
    h(
      'section',
      { class: 'ct-article', 'aria-labelledby': 'ct-article' },
      h('h2', { id: 'ct-article' }, LABELS.article),
      ...view.article.lines.map((line) => h('p', {}, line)),
      h('p', {}, view.article.find),
    ),
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({ target: 'print', label: LABELS.print, onPress: () => window.print() }),
      targetButton({ target: 'play-again', label: LABELS.playAgain, onPress: () => controller.playAgain() }),
      view.nextScenarioId !== null
        ? targetButton({ target: 'next-scenario', label: LABELS.nextScenario, onPress: () => controller.nextScenario() })
        : null,
      targetButton({
        target: 'menu',
        label: view.leaveLabel,
        onPress: () => controller.openMenu(),
      }),
    ),
    view.handIn ? renderMyResults(view.handIn.results) : null,
  );
}
