# The API; Neo4j runs in its own container (docker-compose.yml). The graph is seeded on start
# when Neo4j is empty or holds an older version of it.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json codegen.ts ./
COPY schema ./schema
COPY seed ./seed
COPY src ./src
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
