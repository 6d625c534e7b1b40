# syntax=docker/dockerfile:1
#
# mailsim image: the emulator (AgentSend on 3000, SMTP on 2525) with its data on a volume.
#
#   docker build -t mailsim:local .
#   docker run --rm -p 3000:3000 -p 2525:2525 -v mailsim-data:/data mailsim:local
#   docker run --rm mailsim:local contract-test --target https://api.agentsend.io --api-key "$KEY"
#
# Stage 1 builds with the dev dependencies and a compiler toolchain (better-sqlite3 is a native
# addon); stage 2 copies only the built code and the production node_modules onto a slim base.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# python3, make and g++ let better-sqlite3 compile when no prebuilt binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# The sources come later (so this layer is cached), so the package's own `prepare` (the build)
# cannot run yet: skip install scripts, then run the one the image needs, better-sqlite3's.
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY contracts ./contracts
COPY fixtures ./fixtures
COPY ui ./ui
# Prism is an optional peer of the package (a devDependency here), but the image runs
# `contract-test` and `proxy`, which need it: make it a dependency of the image before pruning.
RUN npm run build \
 && npm pkg delete 'devDependencies.@stoplight/prism-http' \
 && npm pkg set "dependencies.@stoplight/prism-http=$(node -p "require('./package-lock.json').packages['node_modules/@stoplight/prism-http'].version")" \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
# The control plane listens on every interface here, so it requires a token: `auto` makes a random
# one and prints it at start; set MAILSIM_CONTROL_TOKEN to choose it (the testcontainers module does).
ENV NODE_ENV=production \
    MAILSIM_HOST=0.0.0.0 \
    MAILSIM_SMTP_HOST=0.0.0.0 \
    MAILSIM_DB=/data/mailsim.db \
    MAILSIM_AGENTSEND_PORT=3000 \
    MAILSIM_SMTP_PORT=2525 \
    MAILSIM_CONTROL_TOKEN=auto
WORKDIR /app
# A fixed non-root user that owns only /data; the code stays root-owned and read-only to it.
RUN groupadd --system --gid 10001 mailsim \
 && useradd --system --uid 10001 --gid mailsim --home-dir /app --no-create-home --shell /usr/sbin/nologin mailsim \
 && mkdir -p /data \
 && chown mailsim:mailsim /data
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/contracts ./contracts
COPY --from=build /app/fixtures ./fixtures
USER mailsim
VOLUME ["/data"]
# 3000 AgentSend, 3001 Commune, 3002 Gent, 3003 Managed Agents (each with its /_mailsim control plane); 2525 SMTP.
EXPOSE 3000 2525 3001 3002 3003
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.MAILSIM_AGENTSEND_PORT || 3000) + '/_mailsim/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/bin/cli.js"]
CMD ["start", "--host", "0.0.0.0", "--db", "/data/mailsim.db"]
