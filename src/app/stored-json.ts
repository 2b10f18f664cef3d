/**
 * Reading a record the game kept in the browser's storage: its text is trusted only as far as it is
 * checked, since a record can be cut short, edited by hand or written by another version of the game.
 */

/** The text's JSON value, or null when it is not JSON (the record is then set aside as unreadable). */
export function parseStored(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** A JSON object, not null and not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
