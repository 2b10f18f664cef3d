/**
 * Browsers only let a page start sound after the player has interacted with
 * it, so sound is set up on the first pointer press or key press, never before.
 */
const GESTURES = ['pointerdown', 'keydown'] as const;

/** Calls `fn` once, on the first gesture on `target`; returns a function that stops listening. */
export function onFirstGesture(target: EventTarget, fn: () => void): () => void {
  const handle = () => {
    stop();
    fn();
  };
  const stop = () => {
    for (const type of GESTURES) target.removeEventListener(type, handle, { capture: true });
  };
  for (const type of GESTURES) target.addEventListener(type, handle, { capture: true, passive: true });
  return stop;
}
