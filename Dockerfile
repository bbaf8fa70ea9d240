# One image for the API (which also serves the built web app at /) and for the test runner.
# Built from the npm registry only: `npm ci` against package-lock.json.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false

# Dependencies first, so code changes do not re-install them. Dev dependencies are needed: the API runs
# TypeScript with tsx, the web app is built with Vite, and the `tests` service runs vitest.
COPY package.json package-lock.json ./
COPY api/package.json api/package.json
COPY web/package.json web/package.json
RUN npm ci

COPY . .
RUN npm run build -w web

ENV HOST=0.0.0.0 PORT=4000 DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
EXPOSE 4000
USER node
CMD ["npx", "tsx", "api/src/main.ts"]
