/** docs/RESULT-CODE.md is exact: its worked example decodes and verifies, and its Python round-trips codes. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32Hex, utf8Bytes } from '../../../src/core/codec';
import { decodeResultCode, encodeResultCode, verifyCode } from '../../../src/core/results';
import { repoRoot } from '../../scenarios/scenario-files';
import { shippedLibrary } from './plays';

const doc = readFileSync(path.join(repoRoot, 'docs/RESULT-CODE.md'), 'utf8');
const example = doc.slice(doc.indexOf('## Worked example'));
const block = (text: string, language: string) => new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(text)?.[1] ?? '';
const code = block(example, 'text');
const json = block(example, 'json');
const python = block(example, 'python');
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('docs/RESULT-CODE.md', () => {
  it('its worked example is a verified play whose JSON and checksum are the ones shown', () => {
    const read = decodeResultCode(code);
    if (!read.ok) throw new Error(read.message);
    expect(read.code).toEqual(JSON.parse(json));
    expect(code.split('.')[1]).toBe(crc32Hex(utf8Bytes(json)));
    expect(verifyCode(code, shippedLibrary())).toMatchObject({ status: 'verified', replay: { ending: 'end-review', score: 35 } });
    const raised = encodeResultCode({ ...read.code, claimed: { ...read.code.claimed, score: 90 } });
    expect(verifyCode(raised, shippedLibrary()).status).toBe('altered');
    expect(verifyCode(code.slice(0, -10), shippedLibrary())).toMatchObject({ status: 'damaged', damage: 'incomplete' });
  });

  it.skipIf(!hasPython)('its Python decodes the example and re-encodes a code the game reads back', () => {
    const script = `${python}\nimport sys\nresult = decode_code(sys.argv[1])\nresult['student'] = 'Ada L. ' + chr(0x2603)\nprint(json.dumps(result))\nprint(encode_code(result))\n`;
    const run = spawnSync('python3', ['-c', script, code], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [decoded, reencoded] = run.stdout.trim().split('\n');
    expect(JSON.parse(decoded!)).toEqual({ ...JSON.parse(json), student: 'Ada L. ☃' });
    const read = decodeResultCode(reencoded!);
    if (!read.ok) throw new Error(read.message);
    expect(read.code.student).toBe('Ada L. ☃');
    expect(verifyCode(reencoded!, shippedLibrary()).status).toBe('verified');
  });
});
