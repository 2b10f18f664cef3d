/**
 * Mirrors the visual settings onto <html> as data attributes and a CSS
 * variable, so that every stylesheet of the DOM layer can follow them:
 *   data-contrast="high"        (absent otherwise)
 *   data-text-size="normal|large|larger"
 *   data-reduced-motion="true"  (absent otherwise)
 *   --text-scale: 1 | 1.25 | 1.5
 */
import { TEXT_SCALE, type Settings } from './settings';
import type { SettingsStore } from './settings-store';

function applySettingsToElement(settings: Readonly<Settings>, root: HTMLElement): void {
  toggleFlag(root, 'contrast', settings.highContrast ? 'high' : null);
  root.dataset.textSize = settings.textSize;
  toggleFlag(root, 'reducedMotion', settings.reducedMotion ? 'true' : null);
  root.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
}

/** Applies the flags now and after every change; returns the function that stops following. */
export function reflectSettingsOnDocument(settings: SettingsStore, root: HTMLElement = document.documentElement): () => void {
  applySettingsToElement(settings.get(), root);
  return settings.subscribe((s) => applySettingsToElement(s, root));
}

function toggleFlag(root: HTMLElement, name: string, value: string | null): void {
  if (value === null) delete root.dataset[name];
  else root.dataset[name] = value;
}
