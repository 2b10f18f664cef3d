/**
 * The authoring rules of docs/AUTHORING.md that only the tests check, as pure checks: each takes a
 * scenario and returns the problems it finds (empty when the rule holds). The house rules the
 * validator knows (`validate --strict`, src/core/validator/house-rules.ts) are not repeated here.
 */
import type { Scenario, SourceRef } from '../../src/core/model/schema';
import { TEXT_LIMITS, type TextField } from '../../src/core/model/text-limits';

/** The real people the article names; they may speak only in verbatim quotes or marked paraphrase. */
export const REAL_PEOPLE = [
  'Wendy Sherman',
  'Sergei Ryabkov',
  'Dmitry Peskov',
  'Julianne Smith',
  'Jen Psaki',
  'Vladimir Putin',
  'Volodymyr Zelenskyy',
  'Emmanuel Macron',
  'Charles Michel',
];

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quotedSources(scenario: Scenario): { where: string; source: SourceRef }[] {
  const found: { where: string; source: SourceRef }[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type === 'quiz') found.push({ where: `/nodes/${id}/source`, source: node.source });
    if (node.type === 'dialogue' && node.source) found.push({ where: `/nodes/${id}/source`, source: node.source });
    if (node.type === 'ending' && node.history) found.push({ where: `/nodes/${id}/history/source`, source: node.history.source });
  }
  return found;
}

/** Every cited quote, and every line delivered as a quote, is in the article character for character. */
export function quoteProblems(scenario: Scenario, article: string): string[] {
  const haystack = collapseWhitespace(article);
  const sourceIds = new Set(scenario.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const { where, source } of quotedSources(scenario)) {
    if (!sourceIds.has(source.ref)) problems.push(`${where}/ref: no source "${source.ref}"`);
    if (!haystack.includes(collapseWhitespace(source.quote))) problems.push(`${where}/quote not in the article: ${source.quote}`);
  }
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'dialogue' || node.delivery !== 'quote') continue;
    if (!node.source) problems.push(`/nodes/${id}: a quoted line needs its source`);
    if (!haystack.includes(collapseWhitespace(node.text))) problems.push(`/nodes/${id}/text is delivered as a quote but is not in the article: ${node.text}`);
    if (node.source && !collapseWhitespace(node.source.quote).includes(collapseWhitespace(node.text))) {
      problems.push(`/nodes/${id}/text is not part of its own source quote`);
    }
  }
  return problems;
}

/** Every text field with a limit, as [JSON path, field, text]. */
export function textFields(scenario: Scenario): [string, TextField, string][] {
  const fields: [string, TextField, string][] = [['/role/briefing', 'briefing', scenario.role.briefing]];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = `/nodes/${id}`;
    if (node.type === 'dialogue') {
      fields.push([`${at}/text`, 'dialogueText', node.text]);
      if (node.source) fields.push([`${at}/source/quote`, 'quote', node.source.quote]);
      (node.choices ?? []).forEach((choice, i) => {
        fields.push([`${at}/choices/${i}/text`, 'choiceText', choice.text]);
        if (choice.feedback) fields.push([`${at}/choices/${i}/feedback`, 'feedback', choice.feedback]);
        if (choice.requiresText) fields.push([`${at}/choices/${i}/requiresText`, 'requiresText', choice.requiresText]);
      });
    } else if (node.type === 'quiz') {
      fields.push([`${at}/question`, 'question', node.question]);
      node.options.forEach((option, i) => fields.push([`${at}/options/${i}`, 'option', option]));
      fields.push([`${at}/explanation`, 'explanation', node.explanation]);
      fields.push([`${at}/source/quote`, 'quote', node.source.quote]);
    } else if (node.type === 'ending') {
      fields.push([`${at}/text`, 'endingText', node.text]);
      fields.push([`${at}/debrief`, 'debrief', node.debrief]);
      (node.debriefLines ?? []).forEach((line, i) => fields.push([`${at}/debriefLines/${i}/text`, 'debriefLine', line.text]));
      if (node.history) {
        fields.push([`${at}/history/text`, 'historyText', node.history.text]);
        fields.push([`${at}/history/source/quote`, 'quote', node.history.source.quote]);
      }
      if (node.epilogue) fields.push([`${at}/epilogue`, 'epilogue', node.epilogue]);
    }
  }
  return fields;
}

export function textLengthProblems(scenario: Scenario): string[] {
  return textFields(scenario)
    .filter(([, field, text]) => text.length > TEXT_LIMITS[field])
    .map(([at, field, text]) => `${at}: ${text.length} characters, over the ${field} limit of ${TEXT_LIMITS[field]}`);
}

/** Real people the article names must be marked `"real": true` (the validator cannot know who is real). */
export function realPeopleProblems(scenario: Scenario): string[] {
  return Object.entries(scenario.characters)
    .filter(([, character]) => REAL_PEOPLE.includes(character.name) && character.real !== true)
    .map(([id, character]) => `/characters/${id}: ${character.name} is a real person: set "real": true`);
}

/** The article's body: from its first paragraph (the dateline) to the contributors' line, whitespace collapsed. */
export function articleBody(article: string): string {
  const lines = article.split('\n');
  const first = lines.findIndex((line) => /^[A-Z]+ — /.test(line));
  const last = lines.findIndex((line) => line.trimEnd().endsWith('contributed.'));
  return collapseWhitespace(lines.slice(first, last + 1).join('\n'));
}

/** The share of the body's characters that some quote of some file covers (every occurrence of each quote). */
export function quotedShare(scenarios: readonly Scenario[], article: string): number {
  const body = articleBody(article);
  const covered = new Uint8Array(body.length);
  for (const scenario of scenarios) {
    for (const { source } of quotedSources(scenario)) {
      const quote = collapseWhitespace(source.quote);
      for (let at = body.indexOf(quote); at >= 0 && quote.length > 0; at = body.indexOf(quote, at + 1)) covered.fill(1, at, at + quote.length);
    }
  }
  return covered.reduce((sum, c) => sum + c, 0) / body.length;
}
