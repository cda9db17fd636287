// Stage 4: the controller writes the answer from the request, the plan, the chosen models and
// the results. A controller that streams emits its own `answer-delta` events through the
// context; when it emitted none (the templated answer, an LLM asked for the whole text), the
// answer is emitted here in pieces, so every run streams its answer the same way. When the
// controller's call fails, the finished results are not thrown away: the templated answer
// (deps.fallbackAnswer) is built from them and the output says the stage was degraded.
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { answerPieces, type EventSink } from './events.js';
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
    const sink = context.events;
    let streamed = false;
    const events: EventSink | undefined = sink && {
      emit(event) {
        if (event.type === 'answer-delta') streamed = true;
        sink.emit(event);
      },
    };
    const emitWhole = (answer: string) => {
      if (sink) for (const text of answerPieces(answer)) sink.emit({ type: 'answer-delta', text });
    };
    try {
      const answer = await controller.respond(input, events ? { ...context, events } : context);
      if (!streamed) emitWhole(answer);
      return { answer };
    } catch (error) {
      if (!deps.fallbackAnswer) throw error;
      const degraded = fallbackFor('respond', error, context, deps);
      const answer = deps.fallbackAnswer(input);
      // A controller that failed half-way through streaming leaves its pieces with the client;
      // the templated answer follows them on a new paragraph, and the result carries it alone.
      emitWhole(streamed ? `\n\n${answer}` : answer);
      return { answer, degraded };
    }
  });
}
