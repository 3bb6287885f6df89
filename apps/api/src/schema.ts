import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { ConnectorResolver } from './modules/connectors/connector.resolver.js';
import { ContactResolver } from './modules/records/contact.resolver.js';
import { LoanResolver } from './modules/records/loan.resolver.js';
import { FieldCatalogResolver } from './modules/custom-fields/custom-field.resolver.js';
import { ConnectorRunsResolver } from './modules/runs/connector-runs.resolver.js';
import { RunResolver } from './modules/runs/run.resolver.js';
import { ConnectorStatsResolver, RunSearchResolver } from './modules/history/history.resolver.js';
import { AuthResolver } from './modules/identity/auth.resolver.js';
import { UserResolver } from './modules/identity/user.resolver.js';
import {
  ConnectorVersionResolver,
  ConnectorVersionsResolver,
} from './modules/versions/version.resolver.js';
import { SigningResolver } from './modules/signing/signing.resolver.js';
import { BulkJobResolver } from './modules/bulk/bulk.resolver.js';
import { RunLinksResolver } from './modules/bulk/run-links.resolver.js';
import { authChecker } from './modules/identity/auth-checker.js';
import { DateTimeScalar } from './modules/shared/date-time.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  ConnectorResolver,
  ConnectorRunsResolver,
  RunResolver,
  RunSearchResolver,
  ConnectorStatsResolver,
  ContactResolver,
  LoanResolver,
  FieldCatalogResolver,
  ConnectorVersionsResolver,
  ConnectorVersionResolver,
  SigningResolver,
  BulkJobResolver,
  RunLinksResolver,
];

/**
 * Every @Subscription names its own `subscribe` (a listen on the typed event bus), so TypeGraphQL's
 * own topics are never used; it still asks for a PubSub.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('publish through the event bus');
  },
  subscribe: () => {
    throw new Error('subscribe through the event bus');
  },
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    pubSub: NO_TOPICS,
    validate: false,
  });
}

export function writeSchemaFile(schema: GraphQLSchema, path: string): void {
  writeFileSync(path, `${printSchema(schema)}\n`);
}
