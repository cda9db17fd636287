// Stage 4: the controller writes the answer from the request, the plan, the chosen models and
// the results. When that call fails, the finished results are not thrown away: the templated
// answer (deps.fallbackAnswer) is built from them and the output says the stage was degraded.
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { fallbackFor } from './fallback.js';
import { requireController } from './require-controller.js';
import type { CallContext, Degradation, RespondRequest } from './types.js';

export interface ResponseOutput {
  answer: string;
  degraded?: Degradation;
}

export function generateResponse(input: RespondRequest, deps: PipelineDeps, context: CallContext): Promise<ResponseOutput> {
  return timed(deps, 'respond', async () => {
    const controller = requireController(deps);
    try {
      return { answer: await controller.respond(input, context) };
    } catch (error) {
      if (!deps.fallbackAnswer) throw error;
      const degraded = fallbackFor('respond', error, context, deps);
      return { answer: deps.fallbackAnswer(input), degraded };
    }
  });
}
