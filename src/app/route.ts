/**
 * The game's URL fragment routes, parsed in one place (index.html#…):
 * - `#play=<scenario-id>` opens that scenario's briefing;
 * - `#scenario=<payload>` opens a scenario file shared from the studio (base64url of the raw DEFLATE
 *   of its text, see src/core/codec/), validated first and marked as not reviewed by the project;
 * - `#assign=<payload>` opens an assignment's home (the format is src/core/results/assignment.ts;
 *   reading it and the assignment mode are src/app/assignment-session.ts and the app machine's).
 * Anything else that is not empty is a damaged link: the menu shows, with a notice.
 */

export type Route =
  | { kind: 'menu' }
  | { kind: 'play'; id: string }
  | { kind: 'scenario'; payload: string }
  | { kind: 'assign'; payload: string }
  | { kind: 'damaged'; fragment: string };

/** Route keys and what they carry; each value is read as it stands in the URL (ids and payloads are URL-safe). */
const KEYS = ['play', 'scenario', 'assign'] as const;

export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#/, '');
  if (fragment === '') return { kind: 'menu' };
  const at = fragment.indexOf('=');
  const key = KEYS.find((k) => k === fragment.slice(0, at));
  const value = fragment.slice(at + 1);
  if (at < 0 || key === undefined || value === '') return { kind: 'damaged', fragment };
  if (key === 'play') return { kind: 'play', id: decodeSafely(value) };
  return { kind: key, payload: value };
}

/** The fragment that opens a scenario's briefing (the page reloads at it after a failed download, see main.ts). */
export function playRoute(id: string): string {
  return `#play=${encodeURIComponent(id)}`;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What a notice says of a link the game cannot follow. */
export function unknownScenarioNotice(id: string): string {
  return `The link asks for a scenario “${id}”, which this game does not have. Pick one below.`;
}

export const DAMAGED_LINK_NOTICE = 'The link could not be read (it may have been cut short when it was copied). Pick a scenario below.';
