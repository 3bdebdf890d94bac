# The API, compiled; Neo4j runs in its own container (docker-compose.yml). The graph is seeded on
# start when Neo4j is empty or holds an older version of it.

# Build: every dependency, TypeScript compiled to dist/.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# The explorer, bundled by Vite (a dev dependency) into explorer/dist.
COPY explorer ./explorer
RUN npm run build:explorer

# Run: production dependencies only, the compiled code, the SDL and the seed, as the unprivileged
# `node` user. The code is owned by root, so the server cannot rewrite itself.
FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY schema ./schema
COPY seed ./seed
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer/dist ./explorer/dist
# The `node` user of the base image.
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (src/main.ts drains requests and exits).
CMD ["node", "dist/main.js"]
