# a2p-sim in a container: the built package on Node 20, run as the unprivileged `node` user.
#   docker build -t a2p-sim .
#   docker run --rm -p 4010:4010 a2p-sim            # then http://127.0.0.1:4010
#   docker run --rm -p 4010:4010 -v a2p-data:/data a2p-sim start --data /data/sim.json
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm pack --ignore-scripts --pack-destination /tmp

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4010
COPY --from=build /tmp/a2p-sim-*.tgz /tmp/
RUN npm install --global --no-audit --no-fund /tmp/a2p-sim-*.tgz && rm /tmp/a2p-sim-*.tgz \
 && mkdir /data && chown node:node /data
USER node
WORKDIR /data
EXPOSE 4010
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4010) + '/_sim/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["a2p-sim"]
CMD ["start"]
