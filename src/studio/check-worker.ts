/** The check worker: runs the validator off the main thread, so typing never waits for it. */
import type { CheckRequest } from './check-protocol';
import { runCheck } from './check';

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  self.postMessage(runCheck(event.data));
});
