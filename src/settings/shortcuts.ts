/**
 * Guard for single-character shortcuts (WCAG 2.1.4): they only fire when the
 * player has them switched on, and never while typing in a form field or when
 * a modifier key is held (so browser and screen-reader shortcuts still work).
 */
export function isSingleKeyShortcut(event: KeyboardEvent, enabled: boolean): boolean {
  if (!enabled || event.defaultPrevented || event.repeat) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, dialog'))) return false;
  return true;
}
