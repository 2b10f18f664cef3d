import type { AppController } from '../../app/controller';
import type { AppView } from '../../app/view';
import { EPILOGUE_HEADING, outcomeLabel, quizReviewLines, quotedFrom } from '../../app/wording';
import { h, targetButton } from '../h';
import { renderMeters } from './play';

type EndingView = Extract<AppView, { name: 'ending' }>;

export function renderEnding(view: EndingView, controller: AppController): HTMLElement {
  const { result, ending } = view;
  return h(
    'section',
    { class: `ct-view ct-ending ct-${result.outcome}`, 'aria-labelledby': 'ct-ending-title' },
    h('h1', { id: 'ct-ending-title', tabindex: -1 }, ending.title),
    h('p', { class: 'ct-score' }, `Outcome: ${outcomeLabel(result.outcome)} · Score ${result.score} of 100`),
    h('p', {}, `Ending ${result.endingScore} of 100; quiz ${result.quiz.correct} of ${result.quiz.total} correct.`),
    h('p', {}, ending.text),
    h('h2', {}, 'Why it ended here'),
    h('p', {}, ending.debrief),
    result.debriefLines.length > 0 ? h('ul', { class: 'ct-debrief-lines' }, ...result.debriefLines.map((line) => h('li', {}, line))) : null,
    ending.history
      ? h(
          'section',
          { 'aria-labelledby': 'ct-history' },
          h('h2', { id: 'ct-history' }, 'What really happened'),
          h('p', {}, ending.history.text),
          h(
            'blockquote',
            {},
            h('p', {}, `“${ending.history.source.quote}”`),
            h('footer', {}, quotedFrom(ending.history.source.ref, view.citations)),
          ),
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
    h('h2', {}, 'Final standing'),
    renderMeters(view.meters, 'Final standing'),
    view.quizReview.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-quiz-review' },
          h('h2', { id: 'ct-quiz-review' }, 'Your quiz answers'),
          h(
            'ol',
            {},
            ...view.quizReview.map((a) =>
              h(
                'li',
                { class: a.correct ? 'ct-right' : 'ct-chosen' },
                h('p', {}, a.question),
                ...quizReviewLines(a).map((line) => h('p', {}, line)),
              ),
            ),
          ),
        )
      : null,
    view.discussionQuestions.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-discuss' },
          h('h2', { id: 'ct-discuss' }, 'For discussion'),
          h('ul', {}, ...view.discussionQuestions.map((q) => h('li', {}, q))),
        )
      : null,
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({ target: 'play-again', label: 'Play again', onPress: () => controller.playAgain() }),
      view.nextScenarioId !== null
        ? targetButton({ target: 'next-scenario', label: 'Next scenario', onPress: () => controller.nextScenario() })
        : null,
      targetButton({ target: 'menu', label: 'Menu', onPress: () => controller.openMenu() }),
    ),
  );
}
