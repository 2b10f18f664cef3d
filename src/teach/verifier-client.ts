/** The page's handle on the verification worker (a module worker, allowed by the page's CSP as 'self'). */
import { wrap, type Remote } from 'comlink';
import type { VerifierApi } from './verify-worker';

export type Verifier = Remote<VerifierApi>;

export function startVerifier(): Verifier {
  return wrap<VerifierApi>(new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module', name: 'verifier' }));
}
