import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidResolveOperation,
} from '@apollo/server';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { createRequire } from 'node:module';

// The CJS build: its ESM build imports graphql/index.mjs, a second graphql realm.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 2000;
export const MAX_BODY_BYTES = 512 * 1024;

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    let d = 0;
    if (sel.kind === Kind.FIELD)
      d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1;
    else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, fragments, seen);
    else if (!seen.has(sel.name.value)) {
      const frag = fragments[sel.name.value];
      d = frag ? depthOf(frag.selectionSet, fragments, new Set([...seen, sel.name.value])) : 0;
    }
    max = Math.max(max, d);
  }
  return max;
}

/** Refuses operations nested deeper than MAX_DEPTH fields. */
export const depthLimit: ValidationRule = (context: ValidationContext) => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  return {
    OperationDefinition(node: ASTNode) {
      if (node.kind !== Kind.OPERATION_DEFINITION) return;
      const depth = depthOf(node.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${MAX_DEPTH}`, {
            nodes: [node],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
      }
    },
  };
};

interface Cached {
  /** Whether an @include/@skip takes a variable: then the count depends on the variables. */
  byVariables: boolean;
  /** operationName ('' for none) -> complexity. */
  counts: Map<string, number>;
}

/** Per parsed document; Apollo's document store hands back the same object for the same query. */
const counted = new WeakMap<DocumentNode, Cached>();

function directivesTakeVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.arguments?.some((a) => a.value.kind === Kind.VARIABLE)) found = true;
    },
  });
  return found;
}

/**
 * The operation's field count (complexity), or null when its variables do not coerce: execution
 * then refuses the request itself, before any resolver runs.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number | null {
  let cached = counted.get(document);
  if (!cached) {
    cached = { byVariables: directivesTakeVariables(document), counts: new Map() };
    counted.set(document, cached);
  }
  const key = operationName ?? '';
  const hit = cached.byVariables ? undefined : cached.counts.get(key);
  if (hit !== undefined) return hit;
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // graphql-query-complexity gives up past 10000 nodes: far too complex.
    complexity = Number.POSITIVE_INFINITY;
  }
  if (!cached.byVariables) cached.counts.set(key, complexity);
  return complexity;
}

/** A GraphQLError when the operation passes MAX_COMPLEXITY, else null. */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const complexity = operationComplexity(schema, document, operationName, variables);
  if (complexity === null || complexity <= MAX_COMPLEXITY) return null;
  const count = Number.isFinite(complexity) ? String(complexity) : 'over 10000';
  return new GraphQLError(`Query complexity ${count} passes the limit of ${MAX_COMPLEXITY}`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/** Refuses operations whose field count (complexity) passes MAX_COMPLEXITY. */
export function complexityPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const listener = {
    async didResolveOperation({
      request,
      document,
    }: GraphQLRequestContextDidResolveOperation<BaseContext>) {
      const error = complexityError(schema, document, request.operationName, request.variables);
      if (error) throw error;
    },
  };
  return { requestDidStart: async () => listener };
}

/** Mutation fields a request may hold once: each creates a session or an organization. */
const ONCE_PER_REQUEST = new Set(['signUp', 'login']);

function countOnce(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) n += ONCE_PER_REQUEST.has(sel.name.value) ? 1 : 0;
    else if (sel.kind === Kind.INLINE_FRAGMENT) n += countOnce(sel.selectionSet, fragments, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const frag = fragments.get(sel.name.value);
      if (frag) n += countOnce(frag.selectionSet, fragments, seen);
    }
  }
  return n;
}

/**
 * BAD_USER_INPUT when the operation holds more than one signUp or login root field (aliases and
 * fragments included): 100 aliased sign-ups in one request would create 100 organizations and
 * bypass login throttling's per-request view. Else null.
 */
export function oncePerRequestError(
  document: DocumentNode,
  operationName: string | null | undefined,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  if (countOnce(operation.selectionSet, fragments, new Set()) <= 1) return null;
  const message = 'At most one signUp or login per request';
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: [...ONCE_PER_REQUEST].map((path) => ({ path, message })),
      http: { status: 400 },
    },
  });
}

/** Refuses, before any resolver runs, a request with more than one signUp or login. */
export function oncePerRequestPlugin(): ApolloServerPlugin {
  const listener = {
    async didResolveOperation({
      request,
      document,
    }: GraphQLRequestContextDidResolveOperation<BaseContext>) {
      const error = oncePerRequestError(document, request.operationName);
      if (error) throw error;
    },
  };
  return { requestDidStart: async () => listener };
}
