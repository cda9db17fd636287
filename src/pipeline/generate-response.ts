// Stage 4: the controller writes the answer from the request, the plan, the chosen models and
// the results. A controller that streams emits its own `answer-delta` events through the
// context; when it emitted none (the templated answer, an LLM asked for the whole text), the
// answer is emitted here in pieces, so every run streams its answer the same way.
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { answerPieces, type EventSink } from './events.js';
import { requireController } from './require-controller.js';
import type { CallContext, RespondRequest } from './types.js';

export function generateResponse(input: RespondRequest, deps: PipelineDeps, context: CallContext): Promise<string> {
  return timed(deps, 'respond', async () => {
    const sink = context.events;
    if (!sink) return requireController(deps).respond(input, context);
    let streamed = false;
    const events: EventSink = {
      emit(event) {
        if (event.type === 'answer-delta') streamed = true;
        sink.emit(event);
      },
    };
    const answer = await requireController(deps).respond(input, { ...context, events });
    if (!streamed) for (const text of answerPieces(answer)) sink.emit({ type: 'answer-delta', text });
    return answer;
  });
}
