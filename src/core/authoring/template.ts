/**
 * The one template of a new scenario: a small complete story (a line, a quiz, a decision with a locked
 * choice, a branch, two endings) that validates with no errors and no warnings. `npm run new` writes it
 * to a file and the studio's "New" opens it, so both start an author from the same place.
 */

export interface TemplateOptions {
  /** Kebab-case; also the file name without `.json`. */
  id: string;
  title?: string;
}

/** The quiz's excerpt is verbatim from the project's source article, so the quote check passes. */
const SOURCE = {
  id: 'ap-2022-01-11',
  title: 'Kremlin: Not much optimism after Russia-US talks on Ukraine',
  publisher: 'Associated Press',
  date: '2022-01-11',
  authors: ['Dasha Litvinova', 'Vladimir Isachenkov'],
};

function scenarioTemplate({ id, title = 'My New Scenario' }: TemplateOptions): object {
  return {
    $schema: './scenario.schema.json',
    format: 'crisis-table/scenario',
    formatVersion: 1,
    id,
    version: '0.1.0',
    title,
    summary: 'One or two sentences that tell a student what this scenario is about.',
    language: 'en',
    role: {
      title: 'Aide (fictional)',
      briefing: 'Who the student plays, where, and what they know when the scenario begins.',
    },
    estimatedMinutes: 5,
    learningObjectives: ['Say which meeting the Kremlin said it would watch on Thursday 13 January 2022.'],
    sources: [SOURCE],
    characters: {
      chief: { name: 'Alex Moreau', title: 'Head of delegation (fictional)', affiliation: 'Your delegation', emblem: 'advisor' },
    },
    meters: {
      trust: {
        label: 'Trust',
        description: 'How far your delegation trusts your advice.',
        min: 0,
        max: 100,
        initial: 50,
        better: 'higher',
      },
    },
    flags: ['checked-facts'],
    start: 'opening',
    nodes: {
      opening: {
        type: 'dialogue',
        speaker: 'narrator',
        text: 'Tuesday 11 January 2022. Write the scene here: where the student is and what is at stake.',
        next: 'check',
      },
      check: {
        type: 'quiz',
        question: 'Which meeting did the Kremlin say it would watch on Thursday?',
        options: ['An OSCE meeting in Vienna', 'A NATO summit in Madrid'],
        answer: 0,
        explanation: 'The Kremlin said it would watch the OSCE meeting in Vienna on Thursday.',
        source: {
          ref: SOURCE.id,
          quote: 'a meeting of the Organization for Security and Cooperation in Europe in Vienna on Thursday',
        },
        effects: { correct: { meters: { trust: 10 }, flags: { 'checked-facts': true } } },
        next: 'decision',
      },
      decision: {
        type: 'dialogue',
        speaker: 'chief',
        text: 'What do we say first?',
        choices: [
          {
            id: 'listen',
            text: 'Ask what the other side needs before stating our position.',
            next: 'verdict',
            effects: { meters: { trust: 10 } },
          },
          { id: 'insist', text: 'State our position and leave no room.', next: 'verdict', effects: { meters: { trust: -10 } } },
          {
            id: 'cite',
            text: 'Open with the facts we checked.',
            next: 'verdict',
            effects: { meters: { trust: 20 } },
            requires: { flag: 'checked-facts' },
            requiresText: 'Only after you have checked the facts.',
          },
        ],
      },
      verdict: {
        type: 'branch',
        cases: [{ if: { meter: 'trust', gte: 60 }, next: 'good-start' }],
        else: 'hard-start',
      },
      'good-start': {
        type: 'ending',
        title: 'A Good Start',
        text: 'The talks open calmly.',
        outcome: 'success',
        score: 90,
        debrief: 'Your delegation trusted your advice (Trust 60 or more), so the talks opened calmly.',
      },
      'hard-start': {
        type: 'ending',
        title: 'A Hard Start',
        text: 'The talks open stiffly.',
        outcome: 'mixed',
        score: 50,
        debrief: 'Your delegation trusted your advice less (Trust below 60), so the talks opened stiffly.',
      },
    },
  };
}

/** The template as the text of a file: two-space JSON with a final newline, as the shipped files are. */
export function scenarioTemplateText(options: TemplateOptions): string {
  return `${JSON.stringify(scenarioTemplate(options), null, 2)}\n`;
}
