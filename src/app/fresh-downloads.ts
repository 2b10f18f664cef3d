/**
 * Chromium keeps a dynamic import that failed (the network dropped mid-download) failed for the rest of
 * the page's life (seen in Chromium 150, which sends no new request), so after "could not be loaded …
 * open it again" a second try would fail at once whatever the network. A download asked for again after
 * it failed is therefore not tried in this page. While the player waits for it (a card or a link they
 * opened) and the page's own address answers again, the page reloads at the place they were going, which
 * fetches afresh; otherwise it fails as before: a background preload never reloads the page, and neither
 * does a network that is still down (that would leave the browser's offline page instead of the game).
 * Saves and settings are on the device, so a reload loses nothing.
 */
export interface FreshDownloadsPage {
  /** Whether the page's own address answers now. */
  reachable(): Promise<boolean>;
  reloadAt(route: string): void;
}

export class FreshDownloads {
  private readonly failed = new Set<string>();

  constructor(private readonly page: FreshDownloadsPage) {}

  /**
   * Runs the download named `key`, or, when it has failed before, reloads at `route()` if it can (never
   * settling then); `background` when no player waits for it.
   */
  async run<T>(key: string, download: () => Promise<T>, { route, background }: { route: () => string; background: boolean }): Promise<T> {
    if (this.failed.has(key)) {
      if (background) throw new Error(`${key} failed to download earlier in this page`);
      if (!(await this.page.reachable())) throw new Error(`${key} could not be downloaded: the network is not answering`);
      this.page.reloadAt(route());
      return new Promise<never>(() => {});
    }
    try {
      return await download();
    } catch (error) {
      this.failed.add(key);
      throw error;
    }
  }
}
