/**
 * `npm run bench:results`: figures for verifying result codes, no assertions.
 *   - verify 1,000 and 10,000 codes of real plays of the shipped scenarios, mixed statuses
 *     (14 of 20 genuine, the rest altered, invalid, damaged, other-version, unknown-scenario)
 *                                                        (target: 1,000 codes under 1 s in Node)
 *   - baselines in the same run, measured in turns with it: decoding alone (checksum, inflate, shape
 *     check) and a plain Play.replay loop over the already decoded steps
 *   - the results page's longest main-thread task while 10,000 codes stream in, against the same page
 *     idle in the same run (target: no task over 50 ms), in headless Chromium: ./results-page.ts
 */
import { availableParallelism, loadavg } from 'node:os';
import { readScenarioTree, DEFAULT_SCENARIO_DIR } from '../../src/cli/files';
import { Play } from '../../src/core/engine';
import { decodeResultCode, libraryOfFiles, verifyCode, type ResultStatus } from '../../src/core/results';
import { engineStep } from '../../src/core/results/result-code';
import { mixedCodes } from './result-codes';
import { resultsPageFigures } from './results-page';
import { ms, timeTogether, type Timing } from './timing';

const SIZES = [1_000, 10_000] as const;
const RUNS = 5;

const { library } = libraryOfFiles(readScenarioTree(DEFAULT_SCENARIO_DIR));
const ids = readScenarioTree(DEFAULT_SCENARIO_DIR)
  .map(([path]) => path)
  .filter((path) => !path.includes('/'))
  .map((path) => path.replace(/\.json$/, ''));

function figures(count: number): string[] {
  const codes = mixedCodes(library, ids, count);
  const decoded = codes.map((text) => decodeResultCode(text));
  const plays = decoded.flatMap((read) => {
    const entry = read.ok ? library.find(read.code.scenario.id, read.code.scenario.hash) : undefined;
    return read.ok && entry ? [{ compiled: entry.compiled, steps: read.code.steps.map(engineStep) }] : [];
  });
  const statuses = new Map<ResultStatus, number>();
  for (const text of codes) {
    const { status } = verifyCode(text, library);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const [verify, decodeOnly, replayOnly] = timeTogether(
    [
      () => codes.forEach((text) => verifyCode(text, library)),
      () => codes.forEach((text) => decodeResultCode(text)),
      () =>
        plays.forEach(({ compiled, steps }) => {
          const replayed = Play.replay(compiled, steps);
          if (replayed.ok) replayed.play.stop();
        }),
    ],
    count >= 10_000 ? 3 : RUNS,
  ) as [Timing, Timing, Timing];
  const per = (t: Timing, n = count) => `${((t.wall * 1000) / n).toFixed(0).padStart(6)} µs per code`;
  const mix = [...statuses].map(([status, n]) => `${status} ${n}`).join(', ');
  const ratio = `${(verify.wall / (decodeOnly.wall + replayOnly.wall)).toFixed(2)}× decode + replay`;
  return [
    `${count.toLocaleString('en')} codes (${mix}):`,
    `  verifyCode, all of them              ${ms(verify)}   ${per(verify)}   ${ratio}${count === 1_000 ? '   target < 1000 ms' : ''}`,
    `  baseline: decode only                ${ms(decodeOnly)}   ${per(decodeOnly)}`,
    `  baseline: plain Play.replay loop     ${ms(replayOnly)}   ${per(replayOnly, plays.length)} (${plays.length} replays)`,
  ];
}

const lines = [
  `Results benchmark (medians of ${RUNS} runs, 3 for 10,000; measured in turns; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores while it ran)`,
  '',
  ...SIZES.flatMap((count) => [...figures(count), '']),
];
process.stdout.write(lines.join('\n'));

// PAGE FIGURES: the results page's longest main-thread task while 10,000 of the same codes stream in.
process.stdout.write(`${(await resultsPageFigures(mixedCodes(library, ids, 10_000))).join('\n')}\n`);
