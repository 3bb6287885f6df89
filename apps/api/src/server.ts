import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import {
  getOperationAST,
  getVariableValues,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  GraphQLError,
  type GraphQLFormattedError,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { App } from './app.js';
import { demoPrefixes } from './config.js';
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
import { idempotency } from './infra/idempotency/http.js';
import { IdempotencyStore } from './infra/idempotency/store.js';
import { canSeeConnectors, type Viewer } from './modules/shared/access.js';
import type { Session } from './modules/identity/identity.service.js';
import { TokenReader } from './modules/identity/tokens.js';
import { LiveSockets } from './live-sockets.js';
import { createLoaders } from './loaders.js';
import type { AppContext } from './services.js';
import { securityHeaders } from './security-headers.js';
import {
  errorHandler,
  mountBenchRoute,
  mountDemoEcho,
  mountHealth,
  mountMetrics,
  mountWebApp,
} from './express-routes.js';

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** graphql-ws: subscriptions one socket may hold, sockets one user may hold (4429 past that). */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
export const MAX_SOCKETS_PER_USER = 20;
const TOO_MANY = 4429;

/** The same errors with a GraphQL code (parse, validation, variables), as Apollo gives over HTTP. */
const withCode = (errors: readonly GraphQLError[], code: string): GraphQLError[] =>
  errors.map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        extensions: { ...e.extensions, code: e.extensions.code ?? code },
      }),
  );

export interface ServerOptions {
  /** Mount /bench/connectors, the bare JSON baseline of bench:api. */
  benchRoutes?: boolean;
  /** Take over this server (already listening: the boot server) instead of making one. */
  server?: Server;
}

export async function startServer(
  app: App,
  port: number,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const { services, ds, logger, config } = app;
  const web = express();
  web.disable('x-powered-by');
  web.set('trust proxy', false);
  const headers = securityHeaders(config.trustProxyTls);
  web.use(headers);
  // /graphql goes straight to Apollo (graphql-http.ts); the other routes through Express.
  let graphql: ReturnType<typeof graphqlHandler<AppContext>> | null = null;
  const http = options.server ?? createHttpServer();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (graphql && isGraphqlPath(req.url)) {
      const graphqlNow = graphql;
      headers(req, res, () => void graphqlNow(req, res));
    } else web(req, res);
  };

  // One token check per HTTP request, shared by the Idempotency-Key and the context.
  const viewers = new WeakMap<IncomingMessage, Promise<Viewer | null>>();
  const viewerOfRequest = (req: IncomingMessage): Promise<Viewer | null> => {
    let viewer = viewers.get(req);
    if (!viewer) viewers.set(req, (viewer = viewerOrNull(req.headers.authorization)));
    return viewer;
  };
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

  const rules = [
    ...specifiedRules,
    depthLimit,
    ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  // Open sockets per user id (this process).
  const socketsOf = new Map<string, number>();
  const wss = new WebSocketServer({ server: http, path: '/graphql', maxPayload: 512 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Viewer; counted?: string }>(
    {
      schema: app.schema,
      onConnect: async (ctx) => {
        const session = await sessionOrNull(ctx.connectionParams?.authorization);
        if (!session) return false;
        const { viewer } = session;
        const open = socketsOf.get(viewer.userId) ?? 0;
        if (open >= MAX_SOCKETS_PER_USER) {
          ctx.extra.socket.close(TOO_MANY, 'Too many connections');
          return false;
        }
        socketsOf.set(viewer.userId, open + 1);
        ctx.extra.counted = viewer.userId;
        ctx.extra.viewer = viewer;
        sockets.add(
          ctx.extra.socket,
          viewer.userId,
          session.claims.issuedAtMs,
          TokenReader.expiresAtMs(session.claims),
        );
        return true;
      },
      onClose: (ctx) => {
        const user = ctx.extra.counted;
        if (!user) return;
        ctx.extra.counted = undefined;
        const left = (socketsOf.get(user) ?? 1) - 1;
        if (left > 0) socketsOf.set(user, left);
        else socketsOf.delete(user);
      },
      // One execution per event for subscribers of the same operation, organization and access.
      subscribe: sharedSubscribe(({ contextValue, variableValues, operationName }) => {
        const v = (contextValue as AppContext).viewer;
        if (!v) return null;
        // NONE users see their own runs only (e.g. Connector.runs): they share nothing.
        const who = canSeeConnectors(v) ? '*' : v.userId;
        return `${v.organizationId}|${v.roleId}|${who}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}`;
      }),
      onSubscribe: (ctx, _id, payload) => {
        // This one is in ctx.subscriptions already.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          ctx.extra.socket.close(TOO_MANY, 'Too many subscriptions');
          return [
            new GraphQLError('Too many subscriptions', { extensions: { code: 'BAD_REQUEST' } }),
          ];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          const error = e instanceof GraphQLError ? e : new GraphQLError('Malformed query');
          return withCode([error], 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(app.schema, document, rules);
        if (errors.length > 0) return withCode(errors, 'GRAPHQL_VALIDATION_FAILED');
        const operation = getOperationAST(document, payload.operationName);
        if (operation) {
          const coerced = getVariableValues(
            app.schema,
            operation.variableDefinitions ?? [],
            payload.variables ?? {},
            { maxErrors: 20 },
          );
          if (coerced.errors) return withCode(coerced.errors, 'BAD_USER_INPUT');
        }
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
      context: (ctx): AppContext => ({
        viewer: ctx.extra.viewer ?? null,
        services,
        loaders: createLoaders(ds, false),
        clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
      }),
    },
    wss,
  );

  const apollo = new ApolloServer<AppContext>({
    schema: app.schema,
    validationRules: [depthLimit],
    includeStacktraceInErrorResponses: !config.production,
    introspection: !config.production,
    // Automatic persisted queries: answered PERSISTED_QUERY_NOT_SUPPORTED (no query cache to fill).
    persistedQueries: false,
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
  // The demo target only while demo data is on; pushes may then reach it past the guard.
  if (config.seedDemo) mountDemoEcho(web);
  if (options.benchRoutes) mountBenchRoute(web, app);
  graphql = graphqlHandler(
    apollo,
    async (req): Promise<AppContext> => ({
      viewer: await viewerOfRequest(req),
      services,
      loaders: createLoaders(ds),
      // No proxy is trusted: the peer itself (X-Forwarded-For is not read).
      clientAddress: req.socket.remoteAddress ?? 'unknown',
    }),
    MAX_BODY_BYTES,
    idempotency(
      new IdempotencyStore(ds),
      async (req) => (await viewerOfRequest(req))?.userId ?? null,
      logger,
    ),
  );
  mountWebApp(web);
  web.use(errorHandler);

  http.removeAllListeners('request');
  http.on('request', handle);
  if (!http.listening) await new Promise<void>((resolve) => http.listen(port, resolve));
  const actual = (http.address() as AddressInfo).port;
  if (config.seedDemo) app.allowedUrlPrefixes.splice(0, Infinity, ...demoPrefixes(actual));
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
