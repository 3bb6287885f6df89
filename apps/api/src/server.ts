import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { parse, specifiedRules, validate, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { App } from './app.js';
import { createFormatError } from './errors-format.js';
import { sharedSubscribe } from './infra/pubsub/shared-subscribe.js';
import { graphqlHandler, isGraphqlPath } from './graphql-http.js';
import {
  complexityError,
  complexityPlugin,
  depthLimit,
  MAX_BODY_BYTES,
  oncePerRequestError,
  oncePerRequestPlugin,
} from './limits.js';
import { canSeeConnectors, type Viewer } from './modules/identity/access.js';
import type { Session } from './modules/identity/identity.service.js';
import { TokenReader } from './modules/identity/tokens.js';
import { LiveSockets } from './live-sockets.js';
import type { Context } from './modules/shared/context.js';
import { createLoaders } from './modules/shared/loaders.js';
import {
  errorHandler,
  mountBenchRoute,
  mountDemoEcho,
  mountHealth,
  mountMetrics,
  mountWebApp,
} from './web.js';

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Mount /bench/connectors, the bare JSON baseline of bench:api. */
  benchRoutes?: boolean;
}

export async function startServer(
  app: App,
  port: number,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const web = express();
  web.disable('x-powered-by');
  web.set('trust proxy', false);
  // /graphql goes straight to Apollo (graphql-http.ts); the other routes through Express.
  let graphql: ReturnType<typeof graphqlHandler<Context>> | null = null;
  const http = createHttpServer((req, res) => {
    if (graphql && isGraphqlPath(req.url)) void graphql(req, res);
    else web(req, res);
  });
  const { services, ds, logger, config } = app;

  const sessionOrNull = async (authorization: unknown): Promise<Session | null> => {
    try {
      return await services.identity.session(
        typeof authorization === 'string' ? authorization : undefined,
      );
    } catch {
      return null;
    }
  };
  const viewerOrNull = async (authorization: unknown): Promise<Viewer | null> =>
    (await sessionOrNull(authorization))?.viewer ?? null;
  // Sockets close (4401) when their user's sessions end or their token expires.
  const sockets = new LiveSockets();
  services.identity.onSessionsEnded((e) => sockets.end(e.userId, e.validAfter));

  const formatError = createFormatError(logger, config.production);
  const formatWsError = (e: GraphQLError | GraphQLFormattedError): GraphQLFormattedError =>
    e instanceof GraphQLError ? formatError(e.toJSON(), e) : e;

  const wss = new WebSocketServer({ server: http, path: '/graphql', maxPayload: 512 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema: app.schema,
      onConnect: async (ctx) => {
        const session = await sessionOrNull(ctx.connectionParams?.authorization);
        if (!session) return false;
        ctx.extra.viewer = session.viewer;
        sockets.add(
          ctx.extra.socket,
          session.viewer.userId,
          session.claims.issuedAtMs,
          TokenReader.expiresAtMs(session.claims),
        );
        return true;
      },
      // One execution per event for subscribers of the same operation, organization and access.
      subscribe: sharedSubscribe(({ contextValue, variableValues, operationName }) => {
        const v = (contextValue as Context).viewer;
        if (!v) return null;
        // NONE users see their own runs only (e.g. Connector.runs): they share nothing.
        const who = canSeeConnectors(v) ? '*' : v.userId;
        return `${v.organizationId}|${v.roleId}|${who}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}`;
      }),
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('Malformed query')];
        }
        const errors = validate(app.schema, document, [...specifiedRules, depthLimit]);
        if (errors.length > 0) return errors;
        const tooComplex = complexityError(
          app.schema,
          document,
          payload.operationName,
          payload.variables,
        );
        if (tooComplex) return [tooComplex];
        const once = oncePerRequestError(document, payload.operationName);
        if (once) return [once];
        return {
          schema: app.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      // The same error mapper as HTTP: codes pass, anything unexpected is hidden in production.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map(formatWsError) } : result,
      onError: (_ctx, _id, _payload, errors) => errors.map(formatWsError),
      context: (ctx): Context => ({
        viewer: ctx.extra.viewer ?? null,
        services,
        loaders: createLoaders(ds, false),
        clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
      }),
    },
    wss,
  );

  const apollo = new ApolloServer<Context>({
    schema: app.schema,
    validationRules: [depthLimit],
    includeStacktraceInErrorResponses: !config.production,
    // main.ts owns SIGTERM/SIGINT: drain, close, exit 0 (Apollo would re-raise the signal).
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // No cache hints are used; without it no plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(app.schema),
      oncePerRequestPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  mountHealth(web, app);
  mountMetrics(web, app);
  mountDemoEcho(web);
  if (options.benchRoutes) mountBenchRoute(web, app);
  graphql = graphqlHandler(
    apollo,
    async (req): Promise<Context> => ({
      viewer: await viewerOrNull(req.headers.authorization),
      services,
      loaders: createLoaders(ds),
      // No proxy is trusted: the peer itself (X-Forwarded-For is not read).
      clientAddress: req.socket.remoteAddress ?? 'unknown',
    }),
    MAX_BODY_BYTES,
  );
  mountWebApp(web);
  web.use(errorHandler);

  await new Promise<void>((resolve) => http.listen(port, resolve));
  const actual = (http.address() as AddressInfo).port;
  return {
    server: http,
    port: actual,
    url: `http://127.0.0.1:${actual}`,
    async close() {
      sockets.clear();
      await apollo.stop();
      http.closeAllConnections();
    },
  };
}
