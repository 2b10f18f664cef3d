import { describe, expect, it } from 'vitest';
import { unpackText } from '../../src/core/codec';
import { scenarioTemplateText } from '../../src/core/authoring/template';
import { judgeFile } from '../../src/studio/file-check';
import { QR_MAX_BYTES, shareLink, sharedFileOf } from '../../src/studio/share';

const bytes = (text: string) => new TextEncoder().encode(text);
const template = scenarioTemplateText({ id: 'my-scenario' });

function refusal(name: string, content: Uint8Array): string {
  const verdict = judgeFile(name, content);
  if (verdict.ok) throw new Error(`${name} was accepted`);
  return verdict.message;
}

describe('opening a file in the studio', () => {
  it('takes a scenario, and a half-typed one', () => {
    expect(judgeFile('a.json', bytes(template))).toEqual({ ok: true, text: template });
    expect(judgeFile('a.json', bytes(template.slice(0, 300)))).toEqual({ ok: true, text: template.slice(0, 300) });
  });

  it('refuses a file over 5 MB, a binary file and a newer format version, saying why', () => {
    expect(refusal('big.json', new Uint8Array(5 * 1024 * 1024 + 1).fill(32))).toMatch(
      /“big.json” was not opened: it is 5\.0 MB.*at most 5 MB.*draft is untouched/,
    );
    expect(refusal('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))).toContain('not a text file');
    expect(refusal('nul.json', bytes('{"a":\u0000}'))).toContain('binary');
    expect(refusal('v2.json', bytes(template.replace('"formatVersion": 1', '"formatVersion": 2')))).toContain(
      'format version 2, and this studio reads version 1',
    );
  });
});

describe('sharing', () => {
  it('makes a game link whose fragment decodes to the file', () => {
    const link = shareLink(template, new URL('https://example.org/game/studio.html'));
    const url = new URL(link.url);
    expect(url.pathname).toBe('/game/index.html');
    expect(url.hash.startsWith('#scenario=')).toBe(true);
    expect(unpackText(url.hash.slice('#scenario='.length))).toBe(template);
    expect(link.fitsQrCode).toBe(link.url.length <= QR_MAX_BYTES);
  });

  it('says when a link is too long for a QR code', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `${i * 7919}`).join(' ');
    expect(shareLink(long, new URL('https://example.org/studio.html')).fitsQrCode).toBe(false);
  });

  it('reads a studio link back, and explains a cut one without touching anything', () => {
    const hash = new URL(shareLink(template, new URL('https://example.org/studio.html')).url).hash;
    expect(sharedFileOf(hash)).toEqual({ kind: 'file', text: template });
    expect(sharedFileOf('')).toEqual({ kind: 'none' });
    const cut = sharedFileOf(hash.slice(0, hash.length / 2));
    expect(cut.kind === 'broken' && cut.message).toContain('cut short');
  });
});
