# The standalone proxy (`whop-pixel proxy`) as a small image:
#   docker build -t whop-pixel .
#   docker run --rm -p 8787:8787 -e WHOP_API_KEY=… -e WHOP_COMPANY_ID=biz_… whop-pixel
# A local try against the mock of Whop's API instead: `docker compose up --build` (compose.yaml).

# Build: every dependency, then `npm run build` (rollup + tsc) into dist/. --ignore-scripts: the
# build needs no install script (the ones in the tree fetch test tools such as workerd).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json rollup.config.mjs ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# Run: production dependencies (prom-client) and dist/ only, as the unprivileged `node` user. The
# files stay root's, so the process cannot rewrite its own code.
FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 8787
# GET /healthz is answered by the proxy itself; node's fetch, since the image has no curl.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form, no npm or npx in between: node is PID 1 and gets SIGTERM itself, finishes in-flight
# requests (at most 10 s; give `docker stop` --time 15) and exits 0. It handles SIGTERM and SIGINT
# itself and starts no child processes, so it needs no init; `docker run --init` does no harm.
CMD ["node", "dist/cli.mjs", "proxy"]
