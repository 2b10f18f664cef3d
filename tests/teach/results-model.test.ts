/**
 * The results page's model, on real plays of the shipped scenarios verified by the results module:
 * rows per student and scenario (attempts grouped, flags), counts per question, choice and ending,
 * the map's graph, a play told in words, and codes found in text, JSON and zip files.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  decodeResultCode,
  encodeResultCode,
  libraryOfFiles,
  reportForAssignment,
  reportOf,
  verifyCode,
  type ResultReport,
} from '../../src/core/results';
import { classRows } from '../../src/teach/class-rows';
import { choiceKey, scenarioStats } from '../../src/teach/class-stats';
import { playStory } from '../../src/teach/play-story';
import { scenarioGraph } from '../../src/teach/scenario-graph';
import { unpackFile, verifyCodes } from '../../src/teach/verifier';
import { codeOf, endingResults, shippedScenarios } from './real-codes';
import { scenarioFileEntries } from './scenario-file-entries';

const scenarios = shippedScenarios();
const story = scenarios.find((s) => s.id === 'brussels-nato-council')!;
const plays = endingResults(story);
const { library } = libraryOfFiles(scenarioFileEntries());
const report = (code: string): ResultReport => reportOf(verifyCode(code, library));
const titleOf = (id: string): string => scenarios.find((s) => s.id === id)?.title ?? id;

describe('class rows', () => {
  test('one row per student and scenario: spellings of one name on the roster merge, best and latest are kept', () => {
    const reports = [
      report(codeOf(plays[0]!, { student: 'Ana Lopez', attempt: 1, finished: new Date('2026-12-01T10:00:00Z') })),
      report(codeOf(plays[1]!, { student: 'ana  lopez', attempt: 2, finished: new Date('2026-12-01T11:00:00Z') })),
      report(codeOf(plays[2]!, { student: 'A. Lopez', attempt: 3, finished: new Date('2026-12-01T12:00:00Z') })),
      report(codeOf(plays[0]!, { student: 'Ben Okafor' })),
    ];
    expect(reports.every((r) => r.status === 'verified')).toBe(true);
    const rows = classRows(reports, ['Ana Lopez', 'Ben Okafor'], titleOf, { attempts: 2, due: '2026-12-01' });
    expect(rows).toHaveLength(2);
    const ana = rows.find((row) => row.student.name === 'Ana Lopez')!;
    expect(ana.plays).toHaveLength(3);
    expect(ana.latest.attempt).toBe(3);
    expect(ana.best.score).toBe(Math.max(...reports.slice(0, 3).map((r) => r.score!)));
    expect(ana.scenarioTitle).toBe(story.title);
    expect(ana.flags).toContain('over-limit');
    expect(rows.find((row) => row.student.name === 'Ben Okafor')!.flags).toEqual([]);
  });

  test('a play finished after the due day is late; a trial is flagged and never the best', () => {
    const late = report(codeOf(plays[0]!, { student: 'Cy', finished: new Date('2026-12-03T09:00:00') }));
    const trial = report(codeOf(plays[1]!, { student: 'Teacher', trial: true }));
    const rows = classRows([late, trial], [], titleOf, { attempts: null, due: '2026-12-02' });
    expect(rows.find((row) => row.student.name === 'Cy')!.flags).toEqual(['late']);
    expect(rows.find((row) => row.student.name === 'Teacher')!.flags).toEqual(['trial']);
  });

  test('a tampered code is its own status, never counted as the best play', () => {
    const good = codeOf(plays[0]!, { student: 'Dee' });
    const broken = `${good.slice(0, 30)}${good[30] === 'A' ? 'B' : 'A'}${good.slice(31)}`;
    const rows = classRows([report(broken), report(codeOf(plays[1]!, { student: 'Dee' }))], [], titleOf);
    // The broken one cannot be read at all, so it has no student: only the good play makes a row.
    expect(report(broken).status).toBe('damaged');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.best.status).toBe('verified');
  });
});

describe('class stats and the map', () => {
  const reports = plays.map((play, i) => report(codeOf(play, { student: `Student ${i}` })));

  test('every ending reached once; each choice counted as often as plays took it', () => {
    const stats = scenarioStats(story, reports);
    expect(stats.plays).toBe(plays.length);
    for (const play of plays) expect(stats.endings.get(play.ending)).toBe(1);
    const first = plays[0]!.steps.find((step) => step.kind === 'choose');
    if (first?.kind !== 'choose') throw new Error('the play has no choice');
    const took = plays.filter((play) =>
      play.steps.some((s) => s.kind === 'choose' && s.node === first.node && s.choice === first.choice),
    ).length;
    expect(stats.choices.get(choiceKey(first.node, first.choice))).toBe(took);
  });

  test('per question: answers and the wrong option most chosen come from the replayed answers', () => {
    const stats = scenarioStats(story, reports);
    for (const question of stats.questions) {
      const answers = plays.flatMap((play) => play.quiz.answers.filter((a) => a.node === question.node));
      expect(question.answered).toBe(answers.length);
      expect(question.correct).toBe(answers.filter((a) => a.correct).length);
      const wrong = answers.filter((a) => !a.correct);
      if (wrong.length === 0) expect(question.commonWrong).toBeUndefined();
      else expect(wrong.filter((a) => a.chosen === question.commonWrong!.option).length).toBe(question.commonWrong!.times);
    }
  });

  test('the graph has every ending and decision, arrows only to its own nodes, counts that sum to the plays', () => {
    const stats = scenarioStats(story, reports);
    const graph = scenarioGraph(story, stats);
    const ids = new Set(graph.nodes.map((node) => node.id));
    const endings = Object.entries(story.nodes).filter(([, node]) => node.type === 'ending');
    for (const [id] of endings) expect(ids.has(id)).toBe(true);
    for (const edge of graph.edges) expect(ids.has(edge.to), `${edge.from} → ${edge.to}`).toBe(true);
    expect(graph.nodes.filter((node) => node.kind === 'ending').reduce((sum, node) => sum + node.count, 0)).toBe(plays.length);
  });
});

describe('a play in words', () => {
  test('tells every choice, its feedback and each quiz answer right or wrong, then the ending', () => {
    const play = plays.at(-1)!;
    const told = playStory(story, report(codeOf(play, { student: 'Eve' })).steps);
    expect(told.stoppedAt).toBeUndefined();
    const chose = told.entries.filter((entry) => entry.kind === 'line' && entry.chose !== undefined);
    expect(chose).toHaveLength(play.steps.filter((s) => s.kind === 'choose').length);
    const quizzes = told.entries.flatMap((entry) => (entry.kind === 'quiz' ? [entry] : []));
    expect(quizzes.map((q) => q.correct)).toEqual(play.quiz.answers.map((a) => a.correct));
    expect(told.entries.at(-1)).toEqual({ kind: 'ending', title: play.endingTitle, text: play.endingText });
  });

  test('a step the scenario does not allow stops the story and says where', () => {
    const steps = report(codeOf(plays[0]!, { student: 'Eve' })).steps.map((step) => ({ ...step }));
    const at = steps.findIndex((step) => step.kind === 'choose');
    steps[at] = { ...steps[at]!, choice: 'no-such-choice' };
    const told = playStory(story, steps);
    expect(told.stoppedAt?.step).toBe(at + 1);
  });
});

describe('codes of another assignment', () => {
  test('a kept report seen for one assignment is the report the command gives with --assignment', () => {
    const mine = '0123456789abcdef';
    const theirs = 'fedcba9876543210';
    const good = codeOf(plays[0]!, { student: 'Ana', assignment: mine });
    const decoded = decodeResultCode(codeOf(plays[1]!, { student: 'Ben', assignment: theirs }));
    if (!decoded.ok) throw new Error(decoded.message);
    const altered = encodeResultCode({ ...decoded.code, claimed: { ...decoded.code.claimed, score: decoded.code.claimed.score + 1 } });
    const codes = [
      good,
      codeOf(plays[1]!, { student: 'Ben', assignment: theirs }),
      codeOf(plays[2]!, { student: 'Cy', assignment: null }),
      altered,
      `${good.slice(0, -6)}`,
      'CTR1.junk',
    ];
    for (const wanted of [mine, theirs]) {
      for (const code of codes) {
        expect(reportForAssignment(report(code), wanted)).toEqual(reportOf(verifyCode(code, library, { assignmentId: wanted })));
      }
    }
    expect(codes.map((code) => reportForAssignment(report(code), mine).status)).toEqual([
      'verified',
      'other-assignment',
      'other-assignment',
      'other-assignment',
      'damaged',
      'damaged',
    ]);
  });

  test('a code of another assignment is a row of its own, never merged into the plays that count', () => {
    const mine = '0123456789abcdef';
    const reports = [
      report(codeOf(plays[0]!, { student: 'Ana', assignment: mine })),
      report(codeOf(plays[1]!, { student: 'Ana', assignment: 'fedcba9876543210' })),
    ].map((kept) => reportForAssignment(kept, mine));
    const rows = classRows(reports, [], titleOf);
    expect(rows.map((row) => row.status).sort()).toEqual(['other-assignment', 'verified']);
  });
});

describe('codes in files', () => {
  const codes = plays.slice(0, 3).map((play, i) => codeOf(play, { student: `S${i}` }));

  test('text and JSON files: codes found whatever surrounds them, each with its file and line', () => {
    expect(unpackFile('a.txt', strToU8(`Hi!\n${codes[0]}\n\n-- ${codes[1]}, ok`)).codes).toEqual([
      { code: codes[0], source: { file: 'a.txt', line: 2 } },
      { code: codes[1], source: { file: 'a.txt', line: 4 } },
    ]);
    expect(unpackFile('a.json', strToU8(JSON.stringify({ submissions: [{ text: codes[2] }] }))).codes).toEqual([
      { code: codes[2], source: { file: 'a.json', line: 1 } },
    ]);
  });

  test('a zip of submissions, with junk and a zip inside, gives every code; a broken zip says so', () => {
    const inner = zipSync({ 'late.txt': strToU8(codes[2]!) });
    const zip = zipSync({
      'ana/submission.txt': strToU8(`my code: ${codes[0]}`),
      'ben.json': strToU8(JSON.stringify({ code: codes[1] })),
      'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255, 254]),
      'more.zip': inner,
    });
    const unpacked = unpackFile('class.zip', zip);
    expect(unpacked.codes.map((found) => found.code).sort()).toEqual([...codes].sort());
    expect(unpacked.codes.find((found) => found.code === codes[2])?.source).toEqual({ file: 'class.zip/more.zip/late.txt', line: 1 });
    expect(unpacked.notes).toEqual(['Not text, a JSON file or a zip, so no code could be in it: class.zip/photo.png.']);
    const broken = unpackFile('class.zip', zip.slice(0, 40));
    expect(broken.codes).toEqual([]);
    expect(broken.notes).toEqual([
      expect.stringMatching(/^Could not be opened as a zip, so nothing was taken from it: class\.zip \(.+\)\.$/),
    ]);
  });

  test('files with no code in them are named, a few at a time', () => {
    const zip = zipSync({
      ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`notes-${i}.txt`, strToU8('I forgot my code, sorry')])),
      'ana.txt': strToU8(codes[0]!),
    });
    expect(unpackFile('class.zip', zip)).toEqual({
      codes: [{ code: codes[0], source: { file: 'class.zip/ana.txt', line: 1 } }],
      notes: [
        'No result code in: class.zip/notes-0.txt, class.zip/notes-1.txt, class.zip/notes-2.txt, class.zip/notes-3.txt, class.zip/notes-4.txt and 2 more.',
      ],
    });
    expect(unpackFile('empty.txt', strToU8('nothing here')).notes).toEqual(['No result code in: empty.txt.']);
  });

  test('verifyCodes gives one report per code, in order', () => {
    const reports = verifyCodes([codes[0]!, 'CTR1.junk', codes[1]!], library);
    expect(reports.map((r) => r.status)).toEqual(['verified', 'damaged', 'verified']);
    expect(reports[0]!.student).toBe('S0');
  });
});
