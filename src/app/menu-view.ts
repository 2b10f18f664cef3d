/**
 * The menu's view: one card per catalog file (then per scenario opened from outside the game), each
 * with the player's progress and save, and the menu's notice. The presenter makes it for the app
 * machine's menu; the first screen (src/first-screen.ts) makes it before the machine has downloaded,
 * from the same build-time cards and the same saves, so both draw one and the same view. No XState.
 */
import type { CatalogEntry } from './catalog';
import type { SaveStore } from './saves';
import type { AppView, ScenarioCard } from './view';
import { cardStatus, MENU_INTRO, NOT_REVIEWED_MARK } from './wording';

export const UNREADABLE_PROGRESS_NOTICE = 'Your record of finished scenarios could not be read; it starts afresh.';

export type MenuView = Extract<AppView, { name: 'menu' }>;

/** The notice the game opens with: the stored record of finished scenarios could not be read. */
export function startingNotice(saves: SaveStore): string | null {
  return saves.progressWasUnreadable ? UNREADABLE_PROGRESS_NOTICE : null;
}

/** The menu: the catalog's cards in its order, then those of the scenarios opened from outside, marked. */
export function menuView(
  catalog: readonly CatalogEntry[],
  outside: readonly CatalogEntry[],
  saves: SaveStore,
  notice: string | null,
): MenuView {
  return {
    name: 'menu',
    intro: MENU_INTRO,
    cards: [...catalog.map((entry) => card(entry, saves)), ...outside.map((entry) => ({ ...card(entry, saves), mark: NOT_REVIEWED_MARK }))],
    ...(notice !== null ? { notice } : {}),
  };
}

function card(entry: CatalogEntry, saves: SaveStore): ScenarioCard {
  const progress = saves.progress(entry.id);
  const base = { id: entry.id, file: entry.file, finished: progress.finished, bestScore: progress.bestScore };
  const { card } = entry;
  if (!card || entry.error !== undefined) {
    return {
      ...base,
      title: entry.file,
      summary: '',
      role: '',
      minutes: 0,
      objectives: [],
      hasSave: false,
      status: '',
      error: entry.error ?? 'unreadable',
    };
  }
  const status = cardStatus({ ...progress, minutes: card.minutes });
  return { ...base, ...card, objectives: [...card.objectives], hasSave: saves.hasSave(entry.id), status };
}
