import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Answer } from './infra/idempotency/http.js';

/** Request paths the GraphQL handler answers; every other path goes to Express. */
export const isGraphqlPath = (url: string | undefined): boolean => {
  const path = (url ?? '').split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
};

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * /graphql on node:http straight into Apollo (what @as-integrations/express5 does, without the
 * Express router and body-parser on the hot path): a JSON body up to maxBytes, parsed once.
 * Oversized, malformed or compressed bodies answer 4xx with a GraphQL-shaped error.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: IncomingMessage) => Promise<C>,
  maxBytes: number,
  /** Wraps the execution (Idempotency-Key); null: not its business, run as usual. */
  around?: (
    req: IncomingMessage,
    body: unknown,
    execute: () => Promise<Answer>,
  ) => Promise<Answer | null>,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: unknown;
    try {
      body = isJson(req) ? parseJson(await readBody(req, maxBytes)) : undefined;
    } catch (e) {
      return refuse(req, res, e instanceof BodyError ? e : new BodyError(400, 'Bad request'));
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const run = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: q < 0 ? '' : url.slice(q),
          body,
        },
        context: () => context(req),
      });
    try {
      const whole = around ? await around(req, body, async () => complete(await run())) : null;
      if (whole) {
        for (const [key, value] of whole.headers) res.setHeader(key, value);
        res.statusCode = whole.status;
        res.setHeader('content-length', Buffer.byteLength(whole.body));
        res.end(whole.body);
        return;
      }
      const answer = await run();
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch {
      // Apollo answers errors itself; anything thrown here is refused without details.
      if (!res.headersSent) refuse(req, res, new BodyError(400, 'Bad request'));
      else res.destroy();
    }
  };
}

/** An answer as one text (an incremental one read to its end). */
async function complete(
  answer: Awaited<ReturnType<ApolloServer<BaseContext>['executeHTTPGraphQLRequest']>>,
): Promise<Answer> {
  let text = '';
  if (answer.body.kind === 'complete') text = answer.body.string;
  else for await (const chunk of answer.body.asyncIterator) text += chunk;
  return { status: answer.status ?? 200, headers: [...answer.headers], body: text };
}

/** Only application/json bodies are read (as express.json did); Apollo refuses the rest. */
function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type || req.method === 'GET' || req.method === 'HEAD') return false;
  return type.split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'Malformed JSON body');
  }
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') {
    return Promise.reject(new BodyError(415, `Content-Encoding ${encoding} is not accepted`));
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    return Promise.reject(new BodyError(413, 'Request body too large'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        reject(new BodyError(413, 'Request body too large'));
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.once('error', () => reject(new BodyError(400, 'Bad request')));
    // The client went away before the body ended (settles nothing once it did end).
    req.once('close', () => reject(new BodyError(400, 'Bad request')));
  });
}

function refuse(req: IncomingMessage, res: ServerResponse, e: BodyError): void {
  const text = JSON.stringify({
    errors: [{ message: e.message, extensions: { code: 'BAD_REQUEST' } }],
  });
  // Not reading the rest of an oversized body: the connection closes after this answer.
  if (!req.complete) res.setHeader('connection', 'close');
  res.writeHead(e.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
  req.resume();
}
