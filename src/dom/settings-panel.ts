/**
 * The Settings dialog: a modal <dialog> of real form controls, one per
 * setting, applied as soon as they change. Esc or "Done" closes it and focus
 * goes back to whatever opened it. Mounting it also mirrors the visual
 * settings onto <html> (see document-flags.ts), since the panel is the one
 * place every page of the game mounts.
 */
import { reflectSettingsOnDocument } from '../settings/document-flags';
import { TEXT_SIZES, TEXT_SPEEDS, type Settings, type TextSize, type TextSpeed } from '../settings/settings';
import type { SettingsStore } from '../settings/settings-store';
import { readAloudAvailable } from './read-aloud';
import './settings.css';

export interface SettingsPanel {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

type BooleanKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];
type VolumeKey = 'musicVolume' | 'effectsVolume';

const SPEED_LABELS: Record<TextSpeed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast', instant: 'Instant' };
const SIZE_LABELS: Record<TextSize, string> = { normal: 'Normal', large: 'Large', larger: 'Larger' };

/** Each control registers how to show the current settings, so outside changes (the M key) show up. */
type Sync = (s: Readonly<Settings>) => void;

let nextId = 0;
const uniqueId = (name: string) => `ct-settings-${name}-${++nextId}`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function group(legend: string, controls: HTMLElement[]): HTMLFieldSetElement {
  return element('fieldset', { className: 'ct-settings-group' }, [element('legend', { textContent: legend }), ...controls]);
}

function choice<T extends string>(
  settings: SettingsStore,
  syncs: Sync[],
  legend: string,
  key: 'textSpeed' | 'textSize',
  values: readonly T[],
  labels: Record<T, string>,
): HTMLElement {
  const name = uniqueId(key);
  const inputs = values.map((value) => {
    const input = element('input', { type: 'radio', name, value });
    input.addEventListener('change', () => {
      if (input.checked) settings.update({ [key]: value });
    });
    return input;
  });
  syncs.push((s) => inputs.forEach((input) => (input.checked = input.value === s[key])));
  const options = inputs.map((input, i) => element('label', { className: 'ct-settings-option' }, [input, labels[values[i] as T]]));
  return element('fieldset', { className: 'ct-settings-choice' }, [
    element('legend', { textContent: legend }),
    element('div', { className: 'ct-settings-options' }, options),
  ]);
}

function toggle(settings: SettingsStore, syncs: Sync[], key: BooleanKey, label: string, hint?: string, disabled = false): HTMLElement {
  const input = element('input', { type: 'checkbox', id: uniqueId(key), disabled });
  input.addEventListener('change', () => settings.update({ [key]: input.checked }));
  syncs.push((s) => (input.checked = s[key]));
  const row = element('div', { className: 'ct-settings-row' }, [input, element('label', { htmlFor: input.id, textContent: label })]);
  if (hint) {
    const note = element('p', { className: 'ct-settings-hint', id: uniqueId(`${key}-hint`), textContent: hint });
    input.setAttribute('aria-describedby', note.id);
    row.append(note);
  }
  return row;
}

function volume(settings: SettingsStore, syncs: Sync[], key: VolumeKey, label: string): HTMLElement {
  const input = element('input', { type: 'range', id: uniqueId(key), min: '0', max: '100', step: '5' });
  const shown = element('output');
  shown.htmlFor.value = input.id;
  const show = (percent: number) => {
    shown.textContent = `${percent}%`;
    input.setAttribute('aria-valuetext', `${percent}%`);
  };
  input.addEventListener('input', () => {
    show(Number(input.value));
    settings.update({ [key]: Number(input.value) / 100 });
  });
  syncs.push((s) => {
    const percent = Math.round(s[key] * 100);
    input.value = String(percent);
    show(percent);
  });
  return element('div', { className: 'ct-settings-row ct-settings-range' }, [
    element('label', { htmlFor: input.id, textContent: label }),
    input,
    shown,
  ]);
}

export function mountSettingsPanel(root: HTMLElement, settings: SettingsStore): SettingsPanel {
  reflectSettingsOnDocument(settings);
  const syncs: Sync[] = [];
  const titleId = uniqueId('title');

  const speechNote = readAloudAvailable() ? 'Dialogue lines and choices are spoken by your browser.' : 'Not available in this browser.';
  const done = element('button', { type: 'button', className: 'ct-settings-done', textContent: 'Done' });
  const dialog = element('dialog', { className: 'ct-settings' }, [
    element('h2', { id: titleId, textContent: 'Settings' }),
    element('form', { method: 'dialog', className: 'ct-settings-form' }, [
      group('Text', [
        choice(settings, syncs, 'Text speed', 'textSpeed', TEXT_SPEEDS, SPEED_LABELS),
        choice(settings, syncs, 'Text size', 'textSize', TEXT_SIZES, SIZE_LABELS),
      ]),
      group('Display', [
        toggle(settings, syncs, 'highContrast', 'High contrast'),
        toggle(settings, syncs, 'reducedMotion', 'Reduce motion', 'Lines appear whole and nothing slides or shakes.'),
      ]),
      group('Sound', [
        toggle(settings, syncs, 'muted', 'Mute all sound'),
        volume(settings, syncs, 'musicVolume', 'Music volume'),
        volume(settings, syncs, 'effectsVolume', 'Effects volume'),
      ]),
      group('Reading and keys', [
        toggle(settings, syncs, 'readAloud', 'Read aloud', speechNote, !readAloudAvailable()),
        toggle(
          settings,
          syncs,
          'numberKeys',
          'Single-key shortcuts',
          'Number keys 1–9 pick a choice; M mutes. Switch off if you use speech input.',
        ),
      ]),
    ]),
    done,
  ]);
  dialog.setAttribute('aria-labelledby', titleId);

  const sync = (s: Readonly<Settings>) => syncs.forEach((apply) => apply(s));
  sync(settings.get());
  settings.subscribe(sync);

  let opener: Element | null = null;
  done.addEventListener('click', () => dialog.close());
  // Esc fires `cancel` and then `close` natively; focus goes back to the opener in every case.
  dialog.addEventListener('close', () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    opener = null;
  });
  root.append(dialog);

  return {
    open() {
      if (dialog.open) return;
      opener = document.activeElement;
      sync(settings.get());
      dialog.showModal();
    },
    close() {
      if (dialog.open) dialog.close();
    },
    isOpen: () => dialog.open,
  };
}
