// Who may call the API, and how often: CORS for browsers (CORS_ORIGINS), API keys as bearer
// tokens (API_KEYS, API_KEYS_FILE) checked by one global hook with an allow-list, so every route
// registered later (/v1/*, …) is covered, and rate limits per key or per client IP.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { createKeyChecker, loadApiKeys } from '../guard/api-keys.js';
import { isProbe, isPublicRoute } from '../guard/public-routes.js';
import { isLoopbackAddress } from '../resources/address-policy.js';
import { AppError } from '../pipeline/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** A short hash of the caller's API key (never the key), when keys are configured. */
    apiKeyId?: string;
  }
}

export default fp(async function access(app: FastifyInstance, options: { config: Config }) {
  const { config } = options;

  // CORS first: a browser's preflight carries no Authorization header and is answered here.
  if (config.CORS_ORIGINS) {
    const origins = config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
    await app.register(cors, {
      origin: origins.includes('*') ? '*' : origins,
      methods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'last-event-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
      maxAge: 600,
    });
  }

  const keys = loadApiKeys(config);
  // Keys read from API_KEYS_FILE are secrets too: never in a log line or a response.
  app.scrub.add(keys);
  if (keys.length > 0) {
    const checker = createKeyChecker(keys);
    app.decorateRequest('apiKeyId', undefined);
    app.addHook('onRequest', async (request, reply) => {
      if (isPublicRoute(request.routeOptions.url)) return;
      const header = request.headers.authorization;
      const id = checker.check(header);
      if (id) {
        request.apiKeyId = id;
        return;
      }
      reply.header('www-authenticate', header ? 'Bearer realm="hugginggpt", error="invalid_token"' : 'Bearer realm="hugginggpt"');
      throw new AppError(
        'UNAUTHORIZED',
        header ? 'The API key is not valid: send Authorization: Bearer <key> with a key from API_KEYS.' : 'This route needs an API key: send Authorization: Bearer <key>.',
      );
    });
  }

  // Registered before the routes: the plugin adds its hook to each route as it is declared.
  if (config.RATE_LIMIT_MAX > 0) {
    await app.register(rateLimit, {
      global: true,
      max: config.RATE_LIMIT_MAX,
      timeWindow: config.RATE_LIMIT_WINDOW_MS,
      keyGenerator: (request) => (request.apiKeyId ? `key:${request.apiKeyId}` : `ip:${request.ip}`),
      // Without keys, a client on this machine is the operator (a script, a scorer, a benchmark):
      // the limit is for callers from the network.
      allowList: (request) => isProbe(request.routeOptions.url) || (keys.length === 0 && !config.RATE_LIMIT_LOCAL && isLoopbackAddress(request.ip)),
      onExceeded: () => app.metrics.operations.countShed('rate_limit'),
      errorResponseBuilder: (_request, context) =>
        new AppError(
          'RATE_LIMITED',
          `Too many requests: at most ${context.max} per ${config.RATE_LIMIT_WINDOW_MS / 1000} s for each ${keys.length > 0 ? 'API key' : 'client address'}. Retry after ${context.after}.`,
          { details: { limit: context.max, windowMs: config.RATE_LIMIT_WINDOW_MS, retryAfterSeconds: Math.ceil(context.ttl / 1000) } },
        ),
    });
  }
});
