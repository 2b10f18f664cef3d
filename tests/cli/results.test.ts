import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignmentLink, decodeResultCode, encodeResultCode, reportOf, verifyCode } from '../../src/core/results';
import { shippedLibrary } from '../core/results/plays';

const repoRoot = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'crisis-results-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: 'play' | 'results', args: string[], input?: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const QUIZ = 'scenarios/fact-quiz-week.json';
/** A full play of the fact quiz: its fifteen answers (lines continue by themselves). */
const ANSWERS = '1,0,3,1,0,3,2,0,3,2,0,0,2,0,0';
const linkFor = (className: string) =>
  assignmentLink(
    {
      className,
      note: '',
      due: null,
      scenarios: [{ id: 'fact-quiz-week' }],
      options: { undo: true, feedback: 'during', showScore: true, attempts: null },
    },
    'https://school.example/index.html',
  );
const link = linkFor('9B');
const library = shippedLibrary();

// Each case spawns Node with tsx (a second or more each on a busy machine).
describe('npm run play -- --code and npm run results', { timeout: 120_000 }, () => {
  let code = '';

  it('play --code --json gives the finished play a code that results verifies, with the library’s report', () => {
    const played = run('play', [QUIZ, '--choices', ANSWERS, '--json', '--code', '--student', '<b>Zoë</b>', '--assignment', link]);
    expect(played.status, played.stderr).toBe(0);
    const printed = JSON.parse(played.stdout) as { code: string; ending: string; score: number };
    code = printed.code;
    const read = decodeResultCode(code);
    if (!read.ok) throw new Error(read.message);
    expect(read.code).toMatchObject({ student: '<b>Zoë</b>', claimed: { ending: printed.ending, score: printed.score } });

    const file = join(scratch, 'one.txt');
    writeFileSync(file, `Submitted by Zoë:\n${code}\n`);
    const checked = run('results', ['--json', '--assignment', link, file]);
    expect(checked.status, checked.stderr).toBe(0);
    const report = reportOf(verifyCode(code, library, { assignmentId: read.code.assignment! }));
    expect(JSON.parse(checked.stdout)).toEqual({ results: [{ ...report, found: { file, line: 2 } }] });
    expect(report).toMatchObject({ status: 'verified', student: '<b>Zoë</b>', scenario: 'fact-quiz-week', attempt: 1 });
  });

  it('a play that stops short (exit 3) or takes an invalid item (exit 1) prints no code', () => {
    const short = run('play', [QUIZ, '--choices', '1,0', '--code']);
    expect(short.status).toBe(3);
    const wrong = run('play', [QUIZ, '--choices', '9', '--code', '--json']);
    expect(wrong.status).toBe(1);
    expect(short.stdout + short.stderr + wrong.stdout + wrong.stderr).not.toContain('CTR1.');
  });

  it('mixed codes from standard input: one status each, exit 1, and CSV with a BOM and one row per play or step', () => {
    const read = decodeResultCode(code);
    if (!read.ok) throw new Error(read.message);
    const altered = encodeResultCode({ ...read.code, claimed: { ...read.code.claimed, score: read.code.claimed.score + 5 } });
    const pasted = `${code}, ${altered}; ${code.slice(0, -12)}`;
    const human = run('results', ['-'], pasted);
    expect(human.status).toBe(1);
    expect(
      human.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/[: ]/)[0]),
    ).toEqual(['verified', 'altered', 'damaged']);
    expect(human.stderr).toContain('It does not prove who played');

    const json = run('results', ['--json', '--assignment', linkFor('9C'), '-'], pasted);
    const statuses = (JSON.parse(json.stdout) as { results: { status: string }[] }).results.map((r) => r.status);
    expect(statuses).toEqual(['other-assignment', 'other-assignment', 'damaged']);

    const csv = run('results', ['--csv', '-'], pasted);
    expect(csv.stdout.startsWith('\uFEFFStudent,')).toBe(true);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv.stdout).toContain('\r\n<b>Zoë</b>,');
    const steps = run('results', ['--csv-steps', '-'], code);
    expect(steps.stdout.split('\r\n').filter(Boolean)).toHaveLength(1 + read.code.steps.length);
  });

  it('codes that cannot be read: which file and line, their first characters and why, in text, JSON and CSV', () => {
    const at = code.length - 20;
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    const file = join(scratch, 'class.txt');
    writeFileSync(file, `Zoë: ${code}\nAda: ${code.slice(0, -12)}\n\nBen: ${changed} and CTR1.hello\n`);
    const start = `${code.slice(0, 24)}…`;
    const human = run('results', [file]);
    expect(human.status).toBe(1);
    const lines = human.stdout.split('\n').filter(Boolean);
    expect(lines[1]).toBe(
      `damaged  ${file}, line 2: “${start}” Copied incompletely: the code is cut short. Ask the student to copy or download it whole again.`,
    );
    expect(lines[2]).toMatch(new RegExp(`^damaged  ${file}, line 4: “${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” Changed: `));
    expect(lines[3]).toMatch(new RegExp(`^damaged  ${file}, line 4: “CTR1\\.hello” Copied incompletely: `));

    const json = JSON.parse(run('results', ['--json', file]).stdout) as {
      results: { status: string; found: { file: string; line: number }; unreadable?: { why: string; start: string; from: string } }[];
    };
    expect(json.results.map((r) => [r.found.line, r.unreadable?.why])).toEqual([
      [1, undefined],
      [2, 'incomplete'],
      [4, 'changed'],
      [4, 'incomplete'],
    ]);
    expect(json.results[2]!.unreadable).toMatchObject({ start, from: `${file}, line 4` });

    const csv = run('results', ['--csv', file]).stdout.split('\r\n');
    expect(csv[0]).toMatch(/,Code,Found in,Could not read$/);
    expect(csv[1]).toMatch(new RegExp(`,"${file}, line 1",$`));
    expect(csv[2]).toContain(`"${file}, line 2",Copied incompletely: the code is cut short.`);
  });

  it('--scenarios DIR verifies against that folder only; bad usage exits 2', () => {
    const dir = join(scratch, 'scenarios');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    copyFileSync(join(repoRoot, 'scenarios/press-room-week.json'), join(dir, 'press-room-week.json'));
    const unknown = run('results', ['--json', '--scenarios', dir, '-'], code);
    expect(unknown.status).toBe(1);
    expect((JSON.parse(unknown.stdout) as { results: { status: string }[] }).results[0]?.status).toBe('unknown-scenario');

    expect(run('results', ['--json', '--csv', '-'], code).status).toBe(2);
    expect(run('results', []).status).toBe(2);
    const badLink = run('results', ['--assignment', link.slice(0, -20), '-'], code);
    expect(badLink.status).toBe(2);
    expect(badLink.stderr).toContain('incomplete');
    expect(run('play', [QUIZ, '--student', 'Ann']).status).toBe(2);
  });
});
