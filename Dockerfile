# syntax=docker/dockerfile:1
# The qbo-sync worker. Build: docker build -t qbo-sync .   Run: see docker-compose.yml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ormconfig.ts ./
COPY src ./src
COPY bench ./bench
# The operator CLI is the package's bin (package.json "bin": qbo-sync); tsc writes it 0644.
RUN npm run build \
 && chmod 0755 dist/src/cli/qbo-sync.js \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# The heap bound keeps the pod's memory flat under load (bench:ingest measures the worker with it).
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=128 \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# `qbo-sync <command>` on PATH, e.g. `docker compose exec worker qbo-sync status acct_42`.
RUN ln -s /app/dist/src/cli/qbo-sync.js /usr/local/bin/qbo-sync
# The image's unprivileged "node" user (uid 1000); nothing in /app is writable by it.
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
