import {
  createSourceEventStream,
  execute,
  print,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Says which subscribers may share one execution of an event: equal keys, equal results. */
export type ShareKey = (args: ExecutionArgs) => string | null;

function mapIterator(
  source: AsyncIterator<unknown>,
  map: (payload: unknown) => Result,
): AsyncIterableIterator<ExecutionResult> {
  return {
    async next() {
      const r = await source.next();
      return r.done ? { done: true, value: undefined } : { done: false, value: await map(r.value) };
    },
    // Straight to the source, so an unsubscribe does not wait for the next event.
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql's subscribe, except that one event is executed once per share key instead of once per
 * subscriber: a thousand subscribers of the same operation with the same access cost one
 * execution and a thousand sends. Filters still run per subscriber (in the source stream).
 */
export function sharedSubscribe(shareKey: ShareKey) {
  const executions = new WeakMap<object, Map<string, Result>>();
  return async (args: ExecutionArgs) => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
    const key = shareKey(args);
    const operation = key === null ? null : `${print(args.document)}\n${key}`;
    const run = (payload: unknown) => execute({ ...args, rootValue: payload });
    return mapIterator(stream[Symbol.asyncIterator](), (payload) => {
      if (operation === null || typeof payload !== 'object' || payload === null)
        return run(payload);
      let byOperation = executions.get(payload);
      if (!byOperation) executions.set(payload, (byOperation = new Map()));
      let result = byOperation.get(operation);
      if (!result) byOperation.set(operation, (result = run(payload)));
      return result;
    });
  };
}
