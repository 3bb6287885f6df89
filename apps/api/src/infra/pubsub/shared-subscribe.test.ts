import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { sharedSubscribe } from './shared-subscribe.js';

/** A schema whose subscription yields the given events to every subscriber; counts resolutions. */
function schemaOf(events: object[]) {
  const calls = { resolve: 0 };
  const Query = new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } });
  const Subscription = new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      tick: {
        type: GraphQLString,
        subscribe: async function* () {
          yield* events;
        },
        resolve: (e: { name: string }) => {
          calls.resolve++;
          return e.name;
        },
      },
    },
  });
  return { schema: new GraphQLSchema({ query: Query, subscription: Subscription }), calls };
}

async function collect(stream: unknown): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of stream as AsyncIterable<ExecutionResult>) out.push(r.data);
  return out;
}

describe('sharedSubscribe', () => {
  const document = parse('subscription { tick }');

  it('executes an event once for subscribers with the same key, each still gets it', async () => {
    const events = [{ name: 'a' }, { name: 'b' }];
    const { schema, calls } = schemaOf(events);
    const subscribe = sharedSubscribe(() => 'same');
    const streams = await Promise.all([1, 2, 3].map(() => subscribe({ schema, document })));
    const got = await Promise.all(streams.map(collect));
    expect(got).toEqual([1, 2, 3].map(() => [{ tick: 'a' }, { tick: 'b' }]));
    expect(calls.resolve).toBe(2);
  });

  it('executes per subscriber when keys differ or sharing is refused', async () => {
    const { schema, calls } = schemaOf([{ name: 'a' }]);
    let n = 0;
    const subscribe = sharedSubscribe(() => (n++ === 0 ? null : `k${n}`));
    const streams = await Promise.all([1, 2, 3].map(() => subscribe({ schema, document })));
    await Promise.all(streams.map(collect));
    expect(calls.resolve).toBe(3);
  });

  it('hands a return() straight to the source', async () => {
    const { schema } = schemaOf([{ name: 'a' }]);
    const stream = (await sharedSubscribe(() => 'k')({
      schema,
      document,
    })) as AsyncIterator<unknown>;
    expect(await stream.return?.()).toEqual({ done: true, value: undefined });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});
