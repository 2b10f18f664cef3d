/**
 * A content hash of a scenario, so a save made against one text of a scenario is recognised when
 * the text changes. Synchronous and dependency-free because the core runs where neither Node's
 * crypto nor WebCrypto's async digest fits (inside a synchronous restore).
 */
export function contentHash(value: unknown): string {
  // Key order is part of the content: the same file always hashes the same, and a file whose
  // keys were reordered counts as another version (its saves start afresh, which is safe).
  return cyrb64(JSON.stringify(value) ?? 'null');
}

// cyrb53 by bryc (public domain), widened to two 32-bit halves printed as 16 hex digits.
function cyrb64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
