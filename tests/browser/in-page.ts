/**
 * What the harness runs inside the game's page. Each function is sent as source text (the game's CSP
 * refuses the eval a string predicate needs, but not an evaluation the driver sends), so each is
 * self-contained: it reads nothing outside its parameters and `window`.
 *
 * A wait is one round trip: the page polls itself and answers once the game is ready, with what the
 * driver acts on next (the view, the step signature, the focused button, a target's page point),
 * instead of the driver asking for each of them in turn. On a 2-core machine where Chromium, the
 * driver and the test runner share the CPU, every round trip costs all three of them.
 */
import type { AppView } from '../../src/app/view';
import type { CrisisTableInspector } from '../../src/app/inspector';

/** What a wait asks of the game beside being ready for input. */
export interface Awaited {
  view?: AppView['name'];
  canvas?: boolean;
  /** The step signature before an input: the game must have left it. */
  leftSignature?: string;
  /** A button (inspector id) to aim at once ready. */
  aimAt?: string;
}

/**
 * A page point to click, or why there is none; `scroll`: the button may be out of view, a wheel turn
 * may bring it; `distance`: how far down (up, if negative) the page must scroll to bring the button's
 * centre to the middle of the window, where the page knows where the button is.
 */
export type Aim = { x: number; y: number } | { error: string; scroll: boolean; distance?: number };

/** The game as a wait found it ready. */
export interface Ready {
  view: AppView;
  /** What changes when the game takes a step: the view, the pause state or the scene. */
  signature: string;
  /** The `data-target` of the focused DOM-layer element, if any. */
  focused: string | null;
  aim?: Aim;
}

/**
 * The page point at the centre of a target, checked to be enabled and uncovered: a canvas button
 * (the point must hit the canvas), or on a view the page draws itself (the menu, the assignment's
 * home) the visible HTML button (the point must hit the button).
 */
export function aimOnPage(ct: CrisisTableInspector, wanted: string): Aim {
  const covered = (hit: Element | null, x: number, y: number, what: string, scroll: boolean): Aim => ({
    error: `target "${wanted}" at page (${x}, ${y}) is covered by ${hit?.outerHTML.slice(0, 120) ?? 'nothing'}, not ${what}`,
    scroll,
  });
  if (document.documentElement.dataset.pageView !== undefined) {
    const button = document.querySelector(`[data-target="${CSS.escape(wanted)}"]`);
    if (!button) return { error: `no button [data-target="${wanted}"] on the page`, scroll: false };
    if (button.getAttribute('aria-disabled') === 'true') return { error: `target "${wanted}" is disabled`, scroll: false };
    const box = button.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const hit = document.elementFromPoint(x, y);
    if (hit && button.contains(hit)) return { x, y };
    // Outside the window or under the page's fixed buttons: scrolling the page may uncover it.
    return { ...covered(hit, x, y, 'the button', true), distance: Math.round(y - innerHeight / 2) };
  }
  const target = ct.targets().find((t) => t.id === wanted);
  const canvas = document.querySelector('canvas');
  // A content button scrolled out of view is not a target until it is scrolled back.
  if (!target) return { error: `no target "${wanted}"`, scroll: true };
  if (!canvas) return { error: 'no canvas', scroll: false };
  if (!target.enabled) return { error: `target "${wanted}" is disabled`, scroll: false };
  const box = canvas.getBoundingClientRect();
  const size = ct.gameSize();
  const x = box.left + ((target.x + target.width / 2) * box.width) / size.width;
  const y = box.top + ((target.y + target.height / 2) * box.height) / size.height;
  const hit = document.elementFromPoint(x, y);
  return hit === canvas ? { x, y } : covered(hit, x, y, 'the canvas', false);
}

/** What changes when the game takes a step: the view, the pause state or the scene. */
export function signatureOnPage(ct: CrisisTableInspector): string {
  return JSON.stringify([ct.view(), ct.paused(), ct.scene()]);
}

/**
 * Resolves, polling every 10 ms, once the game is ready for input and shows what is awaited, with
 * what the driver needs next; or with null after `timeoutMs`. Ready means settled in the scene the
 * view (or the pause menu) calls for: settled() alone can be true while the canvas still shows the
 * previous scene, since a scene starts on the next frame.
 */
export function whenReady(
  awaited: Awaited,
  timeoutMs: number,
  aim: typeof aimOnPage,
  signatureOf: typeof signatureOnPage,
): Promise<Ready | null> {
  const started = performance.now();
  const ready = (): Ready | null => {
    const ct = window.crisisTable;
    if (!ct || !ct.settled() || ct.scene() !== (ct.paused() ? 'pause' : ct.view().name)) return null;
    if (awaited.view !== undefined && ct.view().name !== awaited.view) return null;
    if (awaited.canvas === true && !(ct.gameSize().width > 0)) return null;
    const signature = signatureOf(ct);
    if (awaited.leftSignature !== undefined && signature === awaited.leftSignature) return null;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-target]') : null;
    const found: Ready = { view: ct.view(), signature, focused: focused?.dataset.target ?? null };
    if (awaited.aimAt !== undefined) found.aim = aim(ct, awaited.aimAt);
    return found;
  };
  return new Promise((resolve) => {
    const poll = (): void => {
      const found = ready();
      if (found || performance.now() - started > timeoutMs) resolve(found);
      else setTimeout(poll, 10);
    };
    poll();
  });
}
