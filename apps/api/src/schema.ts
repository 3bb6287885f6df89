import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { EventBus } from './infra/pubsub/pubsub.js';
import { AuthResolver, UserResolver } from './modules/identity/auth.resolver.js';
import { authChecker } from './modules/identity/auth-checker.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [AuthResolver, UserResolver];

export function createSchema(pubSub: EventBus): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, authChecker, pubSub, validate: false });
}

export function writeSchemaFile(schema: GraphQLSchema, path: string): void {
  writeFileSync(path, `${printSchema(schema)}\n`);
}
