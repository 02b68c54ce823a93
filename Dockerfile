# One image for all the services; SERVICE picks which one runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p projects land safety reporting office web --output-style=static

# The web app: its built files behind nginx, which also proxies /api/<service>/ and /auth/ (one origin).
# 1.28: upstream servers with `resolve` (the replicas of a scaled service, tools/docker/nginx.conf)
FROM nginx:1.28-alpine AS web
COPY tools/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
ARG SERVICE=projects
ENV SERVICE=${SERVICE}
# reporting prints the annual summary to PDF with headless Chromium; CJK fonts so Chinese is embedded
RUN if [ "$SERVICE" = reporting ]; then apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk && rm -rf /var/lib/apt/lists/*; fi
ENV CHROMIUM_PATH=/usr/bin/chromium
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --retries=6 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node dist/apps/$SERVICE/apps/$SERVICE/src/main.js"]
