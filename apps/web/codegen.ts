import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's emitted schema (a superset of the public contract, checked by the API's tests).
// CODEGEN_SCHEMA=contract types against ../shared/contract/schema.graphql instead.
const schema =
  process.env.CODEGEN_SCHEMA === 'contract'
    ? '../../../shared/contract/schema.graphql'
    : '../api/schema.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
