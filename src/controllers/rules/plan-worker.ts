// The rule-based planner in a worker thread (started by offload.ts): a large request plans here,
// so the service's event loop only waits for a message. The lexicons are compiled once, when the
// thread starts, and the thread stays up for the requests that follow.
import { parentPort } from 'node:worker_threads';
import type { ChatMessage } from '../../pipeline/types.js';
import { lexicons } from './lexicon/index.js';
import { planRequest, type PlanOptions, type RulesPlan } from './plan.js';

export interface PlanMessage {
  id: number;
  request: string;
  history: readonly ChatMessage[];
  options: PlanOptions;
}

/** `ready` once the lexicons are compiled; then one reply per message, in order. */
export type PlanReply = { ready: true } | { id: number; plan: RulesPlan } | { id: number; error: { name: string; message: string; stack?: string } };

if (!parentPort) throw new Error('plan-worker runs as a worker thread (new Worker), not as a script');
const port = parentPort;

lexicons();
port.on('message', ({ id, request, history, options }: PlanMessage) => {
  let reply: PlanReply;
  try {
    reply = { id, plan: planRequest(request, history, options) };
  } catch (error) {
    // The same error as an inline plan would throw (an INTERNAL on the main side), with its stack for the log.
    const { name, message, stack } = error as Error;
    reply = { id, error: { name, message, stack } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies PlanReply);
