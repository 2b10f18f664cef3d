import { describe, expect, it } from 'vitest';
import { FreshDownloads } from '../../src/app/fresh-downloads';

/** A page whose reachability the test sets, recording where it was reloaded. */
function page(reachable: boolean) {
  const reloads: string[] = [];
  return { reloads, page: { reachable: () => Promise.resolve(reachable), reloadAt: (route: string) => void reloads.push(route) } };
}

const failing = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
const opened = { route: () => '#play=a', background: false };
const preloaded = { route: () => '#play=a', background: true };
const settledWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(
      () => 'settled',
      () => 'settled',
    ),
    new Promise((done) => setTimeout(() => done('pending'), ms)),
  ]);

describe('downloads asked for again after they failed', () => {
  it('pass a download through, and its failure, the first time', async () => {
    const { page: p, reloads } = page(true);
    const downloads = new FreshDownloads(p);
    await expect(downloads.run('engine', () => Promise.resolve(42), opened)).resolves.toBe(42);
    await expect(downloads.run('scenario a.json', failing, preloaded)).rejects.toThrow('dynamically imported');
    expect(reloads).toEqual([]);
  });

  it('reload the page at the route instead of trying again in it, once the page answers, and never settle', async () => {
    const { page: p, reloads } = page(true);
    const downloads = new FreshDownloads(p);
    await downloads.run('scenario a.json', failing, preloaded).catch(() => {});
    let tried = 0;
    const again = downloads.run('scenario a.json', () => Promise.resolve(++tried), opened);
    expect(await settledWithin(again, 50)).toBe('pending');
    expect(reloads).toEqual(['#play=a']);
    expect(tried).toBe(0);
    // Another download, never failed, runs in the page as before.
    await expect(downloads.run('engine', () => Promise.resolve('engine'), opened)).resolves.toBe('engine');
  });

  it.each([
    { when: 'for a background download, which no player waits for', reachable: true, again: preloaded, error: 'earlier in this page' },
    { when: 'while the network does not answer', reachable: false, again: opened, error: 'the network is not answering' },
  ])('fail again without reloading $when', async ({ reachable, again, error }) => {
    const { page: p, reloads } = page(reachable);
    const downloads = new FreshDownloads(p);
    await downloads.run('scenario a.json', failing, opened).catch(() => {});
    await expect(downloads.run('scenario a.json', () => Promise.resolve(1), again)).rejects.toThrow(error);
    expect(reloads).toEqual([]);
  });
});
