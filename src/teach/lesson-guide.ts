/**
 * A scenario's lesson guide, made from its file and printable: what students will learn and meet,
 * questions for afterwards, the endings (hidden behind a spoilers toggle) and the source to cite.
 */
import type { Scenario } from '../core/model/schema';
import { h } from '../dom/h';
import { outcomeWords } from './format';

function citation(source: Scenario['sources'][number]): HTMLElement {
  const authors = source.authors.join(' and ');
  const text = `${authors ? `${authors}, ` : ''}“${source.title}”, ${source.publisher}, ${source.date}.`;
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
  return h('li', {}, text, url ? ' ' : null, url ? h('a', { href: url, rel: 'noopener noreferrer' }, url) : null);
}

function list(items: readonly string[]): HTMLElement {
  return h('ul', {}, ...items.map((item) => h('li', {}, item)));
}

let guideCount = 0;

export function renderLessonGuide(scenario: Scenario): HTMLElement {
  const id = `tt-guide-${++guideCount}`;
  const endings = Object.values(scenario.nodes).flatMap((node) => (node.type === 'ending' ? [node] : []));
  const endingsList = h(
    'ul',
    { id: `${id}-endings`, class: 'tt-endings', hidden: true },
    ...endings.map((ending) =>
      h('li', {}, h('strong', {}, ending.title), ` — ${outcomeWords(ending.outcome)} (ending score ${ending.score})`),
    ),
  );
  const spoilers = h(
    'button',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': endingsList.id, class: 'no-print' },
    'Show endings (spoilers)',
  );
  spoilers.addEventListener('click', () => {
    endingsList.hidden = !endingsList.hidden;
    spoilers.setAttribute('aria-expanded', String(!endingsList.hidden));
    spoilers.textContent = endingsList.hidden ? 'Show endings (spoilers)' : 'Hide endings (spoilers)';
  });
  const print = h('button', { type: 'button', class: 'no-print' }, 'Print lesson guide');
  print.addEventListener('click', () => window.print());
  const notes = scenario.teacherNotes ?? [];
  const vocabulary = scenario.vocabulary ?? [];
  const questions = scenario.discussionQuestions ?? [];

  return h(
    'article',
    { class: 'tt-guide', 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, scenario.title),
    h(
      'p',
      { class: 'tt-guide-facts' },
      `About ${scenario.estimatedMinutes} minutes${scenario.audience ? ` · ${scenario.audience}` : ''}${scenario.date ? ` · set on ${scenario.date}` : ''} · version ${scenario.version}`,
    ),
    h('p', {}, scenario.summary),
    h('h4', {}, 'Learning objectives'),
    list(scenario.learningObjectives),
    h('h4', {}, `The role: ${scenario.role.title}`),
    h('p', {}, scenario.role.briefing),
    vocabulary.length > 0 ? h('h4', {}, 'Vocabulary') : null,
    vocabulary.length > 0
      ? h('dl', { class: 'tt-vocabulary' }, ...vocabulary.flatMap((entry) => [h('dt', {}, entry.term), h('dd', {}, entry.definition)]))
      : null,
    questions.length > 0 ? h('h4', {}, 'Discussion questions') : null,
    questions.length > 0 ? h('ol', {}, ...questions.map((question) => h('li', {}, question))) : null,
    notes.length > 0 ? h('h4', {}, 'Notes for teachers') : null,
    notes.length > 0 ? list(notes) : null,
    h('h4', {}, `Endings (${endings.length})`),
    spoilers,
    endingsList,
    h('h4', {}, scenario.sources.length > 1 ? 'Sources' : 'Source'),
    h('ul', { class: 'tt-citations' }, ...scenario.sources.map(citation)),
    h('div', { class: 'tt-actions' }, print),
  );
}
