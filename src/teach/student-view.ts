/** One student's plays of one scenario: each attempt, and the chosen one told step by step. */
import type { Scenario } from '../core/model/schema';
import { h } from '../dom/h';
import { FLAG_WORDS, type ClassRow } from './class-rows';
import { clock, outcomeWords, playDurationMs } from './format';
import type { ResultReport } from '../core/results';
import { STATUS_LABELS } from '../core/results/wording';

function attemptWords(play: ResultReport): string {
  const ending = play.endingTitle ?? play.ending ?? 'no ending';
  const outcome = play.outcome ? ` (${outcomeWords(play.outcome)})` : '';
  const score = play.score === null ? '' : `, score ${play.score}`;
  const when = play.finished ? `, finished ${new Date(play.finished).toLocaleString('en')}` : '';
  return `Attempt ${play.attempt ?? '?'}: ${STATUS_LABELS[play.status]}${play.trial ? ' (trial run)' : ''} — ${ending}${outcome}${score}, ${clock(playDurationMs(play))}${when}`;
}

export function renderStudent(row: ClassRow, scenarioOf: (play: ResultReport) => Promise<Scenario | undefined>): HTMLElement {
  const story = h('div', { class: 'tt-story', 'aria-live': 'polite' });
  const showPlay = async (play: ResultReport): Promise<void> => {
    const scenario = await scenarioOf(play);
    const heading = h('h4', {}, `Attempt ${play.attempt ?? '?'}, step by step`);
    const message = h('p', { class: play.status === 'verified' ? 'tt-hint' : 'tt-problem' }, play.message);
    if (!scenario) {
      story.replaceChildren(
        heading,
        message,
        h('p', {}, 'The scenario file this play was made with is not kept here, so its steps cannot be told.'),
      );
      return;
    }
    // The engine tells the play again: loaded when a first play is opened, not with the page.
    const { playStory } = await import('./play-story');
    const told = playStory(scenario, play.steps);
    const items = told.entries.map((entry) => {
      switch (entry.kind) {
        case 'line':
          return h(
            'li',
            {},
            h('p', {}, h('strong', {}, `${entry.speaker}: `), entry.text),
            entry.chose ? h('p', { class: 'tt-chose' }, `Chose (at ${clock(entry.at)}): ${entry.chose}`) : null,
            entry.feedback ? h('p', { class: 'tt-feedback' }, `Feedback: ${entry.feedback}`) : null,
          );
        case 'quiz':
          return h(
            'li',
            {},
            h('p', {}, h('strong', {}, 'Quiz: '), entry.question),
            h(
              'p',
              { class: entry.correct ? 'tt-right' : 'tt-wrong' },
              `${entry.correct ? 'Right' : 'Wrong'} (at ${clock(entry.at)}): ${entry.chose}${entry.correct ? '' : ` — the answer is ${entry.answer}`}`,
            ),
            h('p', { class: 'tt-feedback' }, entry.explanation),
          );
        case 'ending':
          return h('li', {}, h('p', {}, h('strong', {}, `Ending: ${entry.title}. `), entry.text));
      }
    });
    story.replaceChildren(heading, message, h('ol', { class: 'tt-steps' }, ...items));
    if (told.stoppedAt) {
      story.append(
        h(
          'p',
          { class: 'tt-problem' },
          `Step ${told.stoppedAt.step} does not fit the scenario (${told.stoppedAt.message}); the story stops there.`,
        ),
      );
    }
  };
  const attempts = h(
    'ul',
    { class: 'tt-attempts' },
    ...row.plays.map((play) => {
      const button = h('button', { type: 'button', class: 'tt-link-button' }, attemptWords(play));
      button.addEventListener('click', () => void showPlay(play));
      return h('li', {}, button);
    }),
  );
  void showPlay(row.best);
  return h(
    'article',
    { class: 'tt-student', 'aria-label': `${row.student.name}, ${row.scenarioTitle}` },
    h('h3', {}, `${row.student.name} — ${row.scenarioTitle}`),
    row.flags.length > 0 ? h('p', { class: 'tt-problem' }, `Note: ${row.flags.map((flag) => FLAG_WORDS[flag]).join('; ')}.`) : null,
    row.student.name !== row.latest.student
      ? h('p', { class: 'tt-hint' }, `Typed as: ${[...new Set(row.plays.map((p) => p.student ?? ''))].join(', ')}`)
      : null,
    attempts,
    story,
  );
}
