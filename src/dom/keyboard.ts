/**
 * The one keyboard handler of the game. Canvas and DOM both act through the focused DOM buttons:
 * Tab and arrows move focus among them, Enter and Space press them (the browser does that), number
 * keys pick a choice or quiz option, Esc closes a tip or pauses and resumes. While text is still typing out or a
 * tween runs, the first key only finishes it (the canvas's director does the finishing on the same
 * keydown; here the key is kept from also acting), unless it presses a focused button of the layer. Listens on window in the capture phase, ahead of
 * the canvas, so "still animating" is judged before that key finishes the animation.
 */
import type { AppController } from '../app/controller';
import type { SettingsStore } from '../settings/settings-store';
import { isSingleKeyShortcut } from '../settings/shortcuts';
import type { CanvasLink, ScrollStep } from './canvas-link';

/** Keys that scroll a long canvas page wherever focus is in the layer (as they would scroll a web page). */
const PAGE_KEYS: Record<string, ScrollStep> = { PageDown: 'page-down', PageUp: 'page-up', Home: 'top', End: 'bottom' };

export function installKeyboard(layer: HTMLElement, controller: AppController, settings: SettingsStore, canvas: CanvasLink): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    // Another dialog (the settings panel) handles its own keys, Esc included.
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    const handled = handleKey(event);
    if (handled) event.preventDefault();
  };

  const handleKey = (event: KeyboardEvent): boolean => {
    const view = controller.view;
    if (event.key === 'Escape') {
      // Esc closes an open tip first, as it would a popup; the next one pauses.
      if (canvas.dismiss()) return true;
      if (controller.paused) controller.unpause();
      else if (view.name === 'play') controller.pause();
      else return false;
      return true;
    }
    const confirm = event.key === 'Enter' || event.key === ' ';
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
    const active = document.activeElement;
    // Focus on the page's own controls (mute, settings): their keys are theirs.
    const elsewhere = active instanceof HTMLElement && active !== document.body && !layer.contains(active);
    const focusedButton = active instanceof HTMLElement && layer.contains(active) && active.matches('[data-target]');

    // While the canvas still types or slides, a key only finishes that; a press on a focused button of
    // this layer is the exception: its player has the whole line already (a screen reader read it
    // from the log) and chose that button, so it acts.
    const finishing = canvas.running() && !canvas.registry.get().settled && view.name === 'play' && !controller.paused;
    if (finishing && (digit !== null || (confirm && !focusedButton))) return true;
    if (digit !== null && isSingleKeyShortcut(event, settings.get().numberKeys)) return pickByNumber(digit - 1);
    if (elsewhere) return false;
    const pageStep = PAGE_KEYS[event.key];
    if (pageStep && canvas.running()) {
      canvas.scroll(pageStep);
      return true;
    }
    if (confirm && !focusedButton) {
      if (confirmWithoutFocus()) return true;
      // Space with nothing to go on to scrolls, as on a web page; the canvas page is the page here.
      return event.key === ' ' && canvas.running() && canvas.scroll(event.shiftKey ? 'page-up' : 'page-down');
    }
    const down = event.key === 'ArrowDown' || event.key === 'ArrowRight';
    const up = event.key === 'ArrowUp' || event.key === 'ArrowLeft';
    if (!down && !up) return false;
    // From a heading or text (not a button), the vertical arrows scroll the canvas page while it can.
    const vertical = event.key === 'ArrowDown' || event.key === 'ArrowUp';
    if (!focusedButton && vertical && canvas.running() && canvas.scroll(down ? 'line-down' : 'line-up')) return true;
    return moveFocus(down ? +1 : -1);
  };

  /** Enter or Space with nothing focused: go on, when going on is the only thing to do. */
  const confirmWithoutFocus = (): boolean => {
    const view = controller.view;
    if (view.name !== 'play' || controller.paused) return false;
    if (view.pendingOutcome) controller.acknowledge();
    else if (view.screen.kind === 'line') controller.continue();
    else return false;
    return true;
  };

  const pickByNumber = (index: number): boolean => {
    const view = controller.view;
    if (view.name !== 'play' || controller.paused || view.pendingOutcome) return false;
    const { screen } = view;
    if (screen.kind === 'choice') {
      const choice = screen.choices.find((c) => c.index === index);
      if (!choice) return false;
      controller.choose(choice.id);
      return true;
    }
    if (screen.kind === 'quiz' && index < screen.options.length) {
      controller.answer(index);
      return true;
    }
    return false;
  };

  /** Arrows walk the buttons of the view (or of the pause menu while paused), wrapping around. */
  const moveFocus = (delta: number): boolean => {
    const active = document.activeElement;
    // From a heading or text, arrows keep scrolling the page as usual.
    const outside = !(active instanceof HTMLElement) || active === document.body;
    if (!outside && !(layer.contains(active) && active.matches('[data-target]'))) return false;
    const scope = layer.querySelector<HTMLElement>('.ct-pause') ?? layer;
    const buttons = [...scope.querySelectorAll<HTMLElement>('[data-target]')].filter((b) => !b.closest('[inert]'));
    if (buttons.length === 0) return false;
    const at = outside ? (delta > 0 ? -1 : 0) : buttons.indexOf(active);
    const next = buttons[(at + delta + buttons.length) % buttons.length] ?? buttons[0];
    next?.focus();
    return true;
  };

  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
