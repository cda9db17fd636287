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
COPY scripts/install-debian-extras.sh ./scripts/
RUN apt-get update \
 && scripts/install-debian-extras.sh --runtime \
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
# Node receives SIGTERM directly and the server drains in-flight requests before exiting.
CMD ["node", "dist/server.js"]
