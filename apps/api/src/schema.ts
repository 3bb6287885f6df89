import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { EventBus } from './infra/pubsub/pubsub.js';
import { ConnectorResolver } from './modules/connectors/connector.resolver.js';
import {
  ContactResolver,
  FieldCatalogResolver,
  LoanResolver,
} from './modules/records/record.resolver.js';
import { ConnectorRunsResolver, RunResolver } from './modules/runs/run.resolver.js';
import { AuthResolver, UserResolver } from './modules/identity/auth.resolver.js';
import { SigningResolver } from './modules/signing/signing.resolver.js';
import { authChecker } from './modules/identity/auth-checker.js';
import { DateTimeScalar } from './modules/shared/date-time.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  ConnectorResolver,
  ConnectorRunsResolver,
  RunResolver,
  ContactResolver,
  LoanResolver,
  FieldCatalogResolver,
  SigningResolver,
];

export function createSchema(pubSub: EventBus): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    pubSub,
    validate: false,
  });
}

export function writeSchemaFile(schema: GraphQLSchema, path: string): void {
  writeFileSync(path, `${printSchema(schema)}\n`);
}
