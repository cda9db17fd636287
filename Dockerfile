# syntax=docker/dockerfile:1
# hugginggpt: the service with its embedded experts. Build: docker build -t hugginggpt .

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY shims ./shims
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# Debian commands of the embedded experts (espeak-ng TTS, apertium translation, pocketsphinx ASR,
# sox) and fonts for the labels drawn on images. They run as separate processes.
COPY scripts/install-debian-extras.sh scripts/apt-install-missing.sh ./scripts/
# tini runs as PID 1: it forwards signals to node and reaps the expert processes (espeak-ng, sox,
# pocketsphinx) that would otherwise be left as zombies when a task is killed.
RUN apt-get update \
 && scripts/install-debian-extras.sh --runtime \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    ARTIFACTS_DIR=/app/data/artifacts
# node_modules/@tensorflow/tfjs-node is a symlink to this shim (see shims/tfjs-node/package.json).
COPY shims ./shims
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json NOTICE ./
COPY public ./public
COPY models ./models
RUN mkdir -p /app/data/artifacts && chown -R node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# On SIGTERM (forwarded by tini) /readyz turns 503 for SHUTDOWN_DRAIN_MS, then in-flight requests get
# SHUTDOWN_GRACE_MS to finish. -s keeps tini reaping when it is not PID 1 (compose's init: true).
ENTRYPOINT ["/usr/bin/tini", "-s", "--"]
CMD ["node", "dist/server.js"]
