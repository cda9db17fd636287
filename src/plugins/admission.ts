// Load shedding and the service's life cycle. Routes that run a pipeline declare
// `config: { pipeline: true }` and count against MAX_INFLIGHT; every route but the probes is shed
// under event-loop or heap pressure and refused once shutdown stops taking requests. Refusals are
// 503s with a code and Retry-After, counted by reason.
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler, preSerializationAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { getHeapStatistics } from 'node:v8';
import type { Config } from '../config.js';
import { InflightLimiter } from '../guard/inflight.js';
import { isProbe } from '../guard/public-routes.js';
import type { Phase, ShutdownTarget } from '../guard/shutdown.js';
import { AppError, ShuttingDownError, type ErrorCode } from '../pipeline/errors.js';
import type { ShedReason } from './metrics.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route runs a pipeline: it counts against MAX_INFLIGHT and is aborted at shutdown. */
    pipeline?: boolean;
  }
  interface FastifyInstance {
    lifecycle: { phase: Phase };
    inflight: InflightLimiter;
  }
  interface FastifyRequest {
    /** Pipeline routes: aborted (with ShuttingDownError) when shutdown gives up on the request. */
    pipelineSignal?: AbortSignal;
  }
}

/** Seconds a refused client is told to wait. */
const RETRY_AFTER: Record<Exclude<ShedReason, 'rate_limit'>, number> = { inflight: 2, pressure: 5, shutdown: 5 };

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export default fp(async function admission(app: FastifyInstance, options: { config: Config }) {
  const { config } = options;
  const operations = app.metrics.operations;
  const lifecycle: { phase: Phase } = { phase: 'running' };
  const inflight = new InflightLimiter(config.MAX_INFLIGHT, operations.setPipelinesInFlight);
  app.decorate('lifecycle', lifecycle);
  app.decorate('inflight', inflight);
  app.decorateRequest('pipelineSignal', undefined);

  const refuse = (reply: FastifyReply, reason: keyof typeof RETRY_AFTER, code: ErrorCode, message: string): never => {
    operations.countShed(reason);
    reply.header('retry-after', String(RETRY_AFTER[reason]));
    throw new AppError(code, message);
  };

  app.addHook('onRequest', async (request, reply) => {
    if (lifecycle.phase === 'stopping' && !isProbe(request.routeOptions.url)) {
      refuse(reply, 'shutdown', 'SHUTTING_DOWN', 'The service is shutting down and takes no new requests; send it again (another instance will answer).');
    }
  });
  // From the first shutdown phase on, every response (also to requests that came earlier) closes
  // its connection, so that clients reconnect through the load balancer to another instance and
  // the listener can close without waiting for idle keep-alive sockets.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (lifecycle.phase !== 'running') reply.header('connection', 'close');
    return payload;
  });

  const heapLimit = getHeapStatistics().heap_size_limit;
  await app.register(underPressure, {
    maxEventLoopDelay: config.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedBytes: Math.round(config.PRESSURE_MAX_HEAP_RATIO * heapLimit),
    pressureHandler: async (request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => {
      if (isProbe(request.routeOptions.url)) return;
      const why =
        type === 'eventLoopDelay'
          ? // under-pressure reports Infinity when the loop was blocked for a whole sampling interval
            `the event loop ${Number.isFinite(value) ? `lags ${Math.round(value ?? 0)} ms` : 'was blocked for a whole sampling interval'} (PRESSURE_MAX_EVENT_LOOP_DELAY_MS is ${config.PRESSURE_MAX_EVENT_LOOP_DELAY_MS})`
          : `${megabytes(value ?? 0)} MB of the ${megabytes(heapLimit)} MB heap are in use (PRESSURE_MAX_HEAP_RATIO is ${config.PRESSURE_MAX_HEAP_RATIO})`;
      refuse(reply, 'pressure', 'OVERLOADED', `The service is overloaded: ${why}. Retry in a few seconds.`);
    },
  });

  const admitPipeline: onRequestAsyncHookHandler = async (request, reply) => {
    const ticket = inflight.tryAcquire();
    if (!ticket) {
      return refuse(reply, 'inflight', 'OVERLOADED', `The service is busy: ${inflight.max} pipelines are running (MAX_INFLIGHT). Retry in a few seconds.`);
    }
    request.pipelineSignal = ticket.signal;
    // 'close' comes once the response is sent or the client has gone: either way the slot is free.
    reply.raw.once('close', ticket.release);
  };
  // A pipeline cut short by shutdown may still return (its tasks marked cancelled): its client
  // gets the 503 SHUTTING_DOWN instead of a partial result. The status check stops a loop when
  // that error response is serialised in turn.
  const reportShutdown: preSerializationAsyncHookHandler = async (request, reply, payload) => {
    const reason: unknown = request.pipelineSignal?.reason;
    if (reason instanceof ShuttingDownError && reply.statusCode < 400) throw reason;
    return payload;
  };
  // Route-level hooks, appended as routes are declared: they run after the global hooks (access,
  // pressure) and after the rate limit, so a refused request never takes a slot.
  app.addHook('onRoute', (route) => {
    if (!route.config?.pipeline) return;
    route.onRequest = [...asArray(route.onRequest), admitPipeline];
    route.preSerialization = [...asArray(route.preSerialization), reportShutdown];
  });
});

/** What shutDown() drives, for this app. */
export function shutdownTarget(app: FastifyInstance): ShutdownTarget {
  return {
    setPhase: (phase) => {
      app.lifecycle.phase = phase;
    },
    close: () => app.close(),
    abortInflight: (reason) => app.inflight.abortAll(reason),
    closeConnections: () => app.server.closeAllConnections(),
  };
}
