/** Timing for the bench scripts: medians of wall and CPU time, with what is compared measured in turns. */

export const RUNS = 9;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Wall time, and the CPU time of this process, which a busy machine inflates much less. */
export interface Timing {
  wall: number;
  cpu: number;
}

/** Medians over `runs` calls, in milliseconds, after one warm-up call. */
export function time(run: () => void, runs = RUNS): Timing {
  return timeTogether([run], runs)[0] as Timing;
}

/**
 * Medians of several measurements taken in turns (a, b, a, b, …) after a warm-up call of each, so
 * that what is compared meets the same machine load and the same state of the heap: measured one
 * after the other, the first pays for the garbage of what ran before it.
 */
export function timeTogether(runs: (() => void)[], count = RUNS): Timing[] {
  for (const run of runs) run();
  const wall: number[][] = runs.map(() => []);
  const cpu: number[][] = runs.map(() => []);
  for (let i = 0; i < count; i++) {
    runs.forEach((run, r) => {
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      run();
      wall[r]?.push(performance.now() - started);
      const used = process.cpuUsage(startedCpu);
      cpu[r]?.push((used.user + used.system) / 1000);
    });
  }
  return runs.map((_, r) => ({ wall: median(wall[r] ?? []), cpu: median(cpu[r] ?? []) }));
}

export const ms = (t: Timing) => `${t.wall.toFixed(1).padStart(8)} ms wall ${t.cpu.toFixed(1).padStart(8)} ms cpu`;
