import { fileURLToPath } from 'node:url';
import { createSchema, writeSchemaFile } from './schema.js';

// Writes apps/api/schema.graphql (run by the build from dist/).
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeSchemaFile(await createSchema(), target);
console.log(`schema written to ${target}`);
