// Stage 4: the controller writes the answer from the request, the plan, the chosen models and
// the results.
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { requireController } from './require-controller.js';
import type { CallContext, RespondRequest } from './types.js';

export function generateResponse(input: RespondRequest, deps: PipelineDeps, context: CallContext): Promise<string> {
  return timed(deps, 'respond', () => requireController(deps).respond(input, context));
}
