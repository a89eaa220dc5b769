# syntax=docker/dockerfile:1
# The qbo-sync worker. Build: docker build -t qbo-sync .   Run: see docker-compose.yml.

# The base: Node.js 22 LTS (maintained until April 2027) on Debian bookworm, slim; Node 20 reached
# end of life in April 2026. Pinned by the official multi-platform index digest, so a rebuild gets
# the same bytes: this digest is the one public projects pin for node:22-bookworm-slim with Node
# v22.23.1 (their image tests check `node --version`); this project's build machines have no
# registry access to re-read it. To move it (Dependabot's docker manager, .github/dependabot.yml,
# proposes the change), print the current digest with
#   docker buildx imagetools inspect node:22-bookworm-slim --format '{{json .Manifest.Digest}}'
# and write it below, or override once: docker build --build-arg NODE_IMAGE=node:22-bookworm-slim@sha256:<digest> .
# test/unit/dockerfile.test.ts checks that both stages use this one base, that it is Node 22 or 24, and that it is pinned.
ARG NODE_IMAGE=node:22-bookworm-slim@sha256:53ada149d435c38b14476cb57e4a7da73c15595aba79bd6971b547ceb6d018bf

FROM ${NODE_IMAGE} AS build
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

FROM ${NODE_IMAGE}
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
# 8080: health, the admin API, the tenant page; 9464: Prometheus (METRICS_PORT)
EXPOSE 8080 9464
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
