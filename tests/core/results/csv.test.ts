import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, playsCsv, reportOf, stepsCsv, verifyCode } from '../../../src/core/results';
import { codeOf, playBy, shippedLibrary } from './plays';

/** A minimal RFC 4180 reader, enough to read back what the writer wrote. */
function readCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && body[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

const library = shippedLibrary();
const result = playBy(library.current('fact-quiz-week')!.compiled, (n, at) => at % n);

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would run as a formula, and quotes what needs it', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a,b\nc')).toBe('"a,b\nc"');
    expect(csvCell(null)).toBe('');
  });

  it('one row per play and one per step, read back to what the codes hold', () => {
    const names = ['=cmd|" /C calc"!A0', 'Zoë, "the" student', 'Ben'];
    const reports = names.map((student, i) => reportOf(verifyCode(codeOf(result, { student, attempt: i + 1 }), library)));
    reports.push(reportOf(verifyCode('CTR1.00000000.AAAA', library)));
    const plays = readCsv(playsCsv(reports));
    expect(plays[0]).toContain('Student');
    expect(plays).toHaveLength(1 + reports.length);
    const col = (name: string) => plays[0]!.indexOf(name);
    expect(plays.slice(1).map((row) => row[col('Student')])).toEqual([`'${names[0]}`, names[1], names[2], '']);
    expect(plays[1]![col('Status')]).toBe('verified');
    expect(plays[1]![col('Score')]).toBe(String(result.score));
    expect(plays[1]![col('Quiz correct')]).toBe(String(result.quiz.correct));
    expect(plays[4]![col('Status')]).toBe('damaged');

    const steps = readCsv(stepsCsv(reports));
    expect(steps).toHaveLength(1 + 3 * result.steps.length);
    const stepCol = (name: string) => steps[0]!.indexOf(name);
    const answers = steps.slice(1, 1 + result.steps.length).filter((row) => row[stepCol('Kind')] === 'answer');
    expect(answers.map((row) => row[stepCol('Correct')])).toEqual(result.quiz.answers.map((a) => (a.correct ? 'yes' : 'no')));
  });
});
