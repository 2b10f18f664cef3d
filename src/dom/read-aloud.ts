/**
 * Reads dialogue lines and choices aloud with the browser's speech synthesis
 * when the player has switched read-aloud on. "Mute all sound" silences it
 * too. Where speech synthesis does not exist, both functions do nothing.
 */
import type { SettingsStore } from '../settings/settings-store';

export interface ReadAloud {
  /** Speaks `text`, cutting off whatever was being read (the newest line is the one that matters). */
  speak(text: string): void;
  cancel(): void;
}

export function createReadAloud(settings: SettingsStore): ReadAloud {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const cancel = () => {
    try {
      synth?.cancel();
    } catch {
      // Nothing to stop.
    }
  };
  settings.subscribe((s) => {
    if (!s.readAloud || s.muted) cancel();
  });
  return {
    speak(text) {
      const words = text.trim();
      const { readAloud, muted } = settings.get();
      if (!synth || !readAloud || muted || words === '') return;
      try {
        synth.cancel();
        const utterance = new SpeechSynthesisUtterance(words);
        utterance.lang = document.documentElement.lang || 'en';
        synth.speak(utterance);
      } catch {
        // A speech engine that refuses is the same as no speech engine.
      }
    },
    cancel,
  };
}

/** Whether this browser can read aloud at all (the settings panel says so when it cannot). */
export function readAloudAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}
