/**
 * The class's answers at a glance, for one scenario: each quiz question (share correct, the wrong
 * option chosen most, the explanation and the quote), and how the plays ended, as a bar chart.
 */
import type { Scenario } from '../core/model/schema';
import { h } from '../dom/h';
import type { ScenarioStats } from './class-stats';
import { outcomeWords, percent } from './format';

const SVG = 'http://www.w3.org/2000/svg';

export function questionReport(scenario: Scenario, stats: ScenarioStats): HTMLElement {
  if (stats.questions.length === 0) return h('p', {}, 'This scenario has no quiz questions.');
  return h(
    'ol',
    { class: 'tt-questions' },
    ...stats.questions.map((question) => {
      const { quiz } = question;
      const source = scenario.sources.find((s) => s.id === quiz.source.ref);
      return h(
        'li',
        {},
        h('p', { class: 'tt-question' }, quiz.question),
        h(
          'p',
          {},
          question.answered === 0
            ? 'No verified play answered it yet.'
            : `${question.correct} of ${question.answered} answers right (${percent(question.correct, question.answered)}). Right answer: “${quiz.options[quiz.answer] ?? '?'}”.`,
        ),
        question.commonWrong
          ? h('p', {}, `Wrong answer chosen most: “${quiz.options[question.commonWrong.option] ?? '?'}” (${question.commonWrong.times}).`)
          : null,
        h('p', { class: 'tt-explanation' }, quiz.explanation),
        h(
          'blockquote',
          {},
          h('p', {}, `“${quiz.source.quote}”`),
          h('footer', {}, source ? `${source.publisher}, ${source.date}` : quiz.source.ref),
        ),
      );
    }),
  );
}

export function endingsChart(scenario: Scenario, stats: ScenarioStats): HTMLElement {
  const endings = Object.entries(scenario.nodes).flatMap(([id, node]) => (node.type === 'ending' ? [{ id, node }] : []));
  const most = Math.max(1, ...endings.map(({ id }) => stats.endings.get(id) ?? 0));
  return h(
    'ul',
    { class: 'tt-chart', 'aria-label': 'Endings reached' },
    ...endings.map(({ id, node }) => {
      const reached = stats.endings.get(id) ?? 0;
      const bar = document.createElementNS(SVG, 'svg');
      bar.setAttribute('viewBox', '0 0 100 10');
      bar.setAttribute('preserveAspectRatio', 'none');
      bar.setAttribute('aria-hidden', 'true');
      bar.setAttribute('class', 'tt-bar');
      const fill = document.createElementNS(SVG, 'rect');
      fill.setAttribute('width', String((100 * reached) / most));
      fill.setAttribute('height', '10');
      fill.setAttribute('class', `tt-bar-${node.outcome}`);
      bar.append(fill);
      return h(
        'li',
        {},
        h(
          'span',
          { class: 'tt-chart-label' },
          `${node.title} (${outcomeWords(node.outcome)}): ${reached} ${reached === 1 ? 'play' : 'plays'}, ${percent(reached, stats.plays)}`,
        ),
        bar,
      );
    }),
  );
}
