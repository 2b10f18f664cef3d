/**
 * The two buttons always on screen, in the top-right corner: mute/unmute and
 * Settings. The M key toggles mute too, as long as single-key shortcuts are on.
 */
import type { SettingsStore } from '../settings/settings-store';
import { isSingleKeyShortcut } from '../settings/shortcuts';
import './settings.css';

const SPEAKER = '<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>';
const WAVES =
  '<path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>';
const CROSS = '<path d="M16 9l6 6M22 9l-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>';
const GEAR =
  '<path fill="currentColor" fill-rule="evenodd" d="M10.3 2h3.4l.5 2.6a8 8 0 0 1 1.9 1.1l2.5-.9 1.7 2.9-2 1.7a8 8 0 0 1 0 2.2l2 1.7-1.7 2.9-2.5-.9a8 8 0 0 1-1.9 1.1l-.5 2.6h-3.4l-.5-2.6a8 8 0 0 1-1.9-1.1l-2.5.9-1.7-2.9 2-1.7a8 8 0 0 1 0-2.2l-2-1.7 1.7-2.9 2.5.9a8 8 0 0 1 1.9-1.1zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"/>';

function icon(paths: string): string {
  return `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${paths}</svg>`;
}

export function mountSoundControls(root: HTMLElement, settings: SettingsStore, openSettings: () => void): void {
  const bar = document.createElement('div');
  bar.className = 'ct-sound-controls';

  // One constant name with aria-pressed is how screen readers announce a toggle best.
  const mute = document.createElement('button');
  mute.type = 'button';
  mute.className = 'ct-icon-button';
  mute.setAttribute('aria-label', 'Mute sound');
  mute.title = 'Mute sound (M)';
  mute.addEventListener('click', () => settings.update({ muted: !settings.get().muted }));

  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'ct-icon-button';
  open.setAttribute('aria-label', 'Settings');
  open.setAttribute('aria-haspopup', 'dialog');
  open.title = 'Settings';
  open.innerHTML = icon(GEAR);
  open.addEventListener('click', openSettings);

  const showMuted = (muted: boolean) => {
    mute.setAttribute('aria-pressed', String(muted));
    mute.innerHTML = icon(SPEAKER + (muted ? CROSS : WAVES));
  };
  showMuted(settings.get().muted);
  settings.subscribe((s) => showMuted(s.muted));

  window.addEventListener('keydown', (event) => {
    if ((event.key === 'm' || event.key === 'M') && isSingleKeyShortcut(event, settings.get().numberKeys)) {
      event.preventDefault();
      settings.update({ muted: !settings.get().muted });
    }
  });

  bar.append(mute, open);
  root.append(bar);
}
