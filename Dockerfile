# The product image: API + web app + workers (ROLE picks what a container runs).
# /app/api holds the API with its production node_modules, /app/web/dist the web app it serves.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/* && npm install -g pnpm@10
WORKDIR /app
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json turbo.json tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/core/package.json packages/core/
COPY packages/ui/package.json packages/ui/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm exec turbo run build --filter=@odc/api... --filter=@odc/web... \
  && pnpm deploy --filter=@odc/api --prod --legacy /out \
  && cp -r apps/api/dist /out/dist && mkdir -p /web && cp -r apps/web/dist /web/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app/api
COPY --from=build /out /app/api
COPY --from=build /web /app/web
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
