import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's emitted schema (the public contract plus additive fields, checked by the API's tests);
// the repository's contract (with its extensions) until the API has been built, or with
// CODEGEN_SCHEMA=contract.
const emitted = '../api/schema.graphql';
const contract = ['../../contract/schema.graphql', '../../contract/ext/*.graphql'];
const schema =
  process.env.CODEGEN_SCHEMA === 'contract' || !existsSync(emitted) ? contract : emitted;

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/**/*.test.ts'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
  // Formatted like the rest of the repository, so a regeneration shows only real changes.
  hooks: { afterAllFileWrite: ['prettier --ignore-path= --write'] },
};

export default config;
