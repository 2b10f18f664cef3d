/**
 * Views that the page draws itself, as visible HTML over the canvas, instead of the canvas drawing
 * them with invisible twins: the menu (the first screen, which a student on a slow school Chromebook
 * can then see and click before Phaser has even downloaded), the assignment's home (a form for the
 * name, a list of codes) and the ending of an assignment play, whose result code must be text a
 * student can select, copy and download. The director leaves the canvas empty for them; the DOM
 * layer shows itself.
 */
import type { AppView } from './view';

export function drawnByPage(view: AppView): boolean {
  return view.name === 'menu' || view.name === 'assignment' || (view.name === 'ending' && view.handIn !== undefined);
}
