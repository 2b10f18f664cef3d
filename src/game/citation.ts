/**
 * The line under a quoted or paraphrased line, a quiz source or a history quote, e.g.
 * "— quoted from Associated Press, 11 Jan 2022". Citations map source ids to their short form.
 */
import type { Citations } from '../app/view';

export function citationLine(kind: 'quote' | 'paraphrase', ref: string | undefined, citations: Citations): string {
  const cited = (ref !== undefined ? citations[ref] : undefined) ?? 'the cited source';
  return kind === 'quote' ? `— quoted from ${cited}` : `— paraphrasing a position reported by ${cited}`;
}
