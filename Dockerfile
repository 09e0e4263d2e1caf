# syntax=docker/dockerfile:1
# One image for the API (default), the worker (`node dist/worker/main.js`) and the migrate job
# (`node dist/scripts/migrate.js`). See docker-compose.yml.

FROM node:20-bookworm-slim AS base
# Prisma probes the system libssl to choose its engine files; the slim image ships without OpenSSL.
RUN apt-get update \
  && apt-get install -y --no-install-recommends openssl \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# No Prisma telemetry or update checks from containers.
ENV CHECKPOINT_DISABLE=1 \
  PRISMA_HIDE_UPDATE_MESSAGE=1

# Production dependencies only. `postinstall` runs `prisma generate`, which needs the schema and the config.
FROM base AS deps
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# The hosted page's browser script is served as-is from web/.
COPY web ./web
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# Full install, then compile to dist/ and prebuild the workflow bundle.
FROM base AS build
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# The hosted page's browser script is served as-is from web/.
COPY web ./web
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM base AS runtime
ENV NODE_ENV=production
# Everything stays root-owned and read-only to the app user; only the data directory is writable.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The Prisma CLI (used by the migrate job) loads prisma.config.ts itself and reads migrations from prisma/.
COPY package.json prisma.config.ts ./
COPY prisma ./prisma
# The hosted page's browser script is served as-is from web/.
COPY web ./web
RUN mkdir .data /data /data/documents && chown node:node .data /data/documents
USER node
EXPOSE 3000
CMD ["node", "dist/api/main.js"]
