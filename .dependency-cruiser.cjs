/**
 * The arrows between our packages and between the API's folders (docs/ARCHITECTURE.md), checked by
 * `pnpm lint` (lint:deps). Paths are from the repository root.
 */
const API = '^apps/api/src/';
const MODULES = `${API}modules/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing-of-ours',
      comment: 'packages/core is the engine: no app, no UI.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^(apps/|packages/(?!core/))' },
    },
    {
      name: 'ui-imports-no-app',
      comment: 'packages/ui gets data as props: it imports no app.',
      severity: 'error',
      from: { path: '^packages/ui/' },
      to: { path: '^apps/' },
    },
    {
      name: 'core-through-its-public-entries',
      comment:
        'ui and web use @odc/core or @odc/core/schema (the browser-safe entry), never its files.',
      severity: 'error',
      from: { path: '^(packages/ui|apps/web)/' },
      to: {
        path: '^packages/core/',
        pathNot: '^packages/core/dist/(index|schema/index)\\.(js|d\\.ts)$',
      },
    },
    {
      name: 'web-reaches-the-api-through-graphql',
      comment: 'apps/web talks to the API over HTTP (GraphQL) only: no import of apps/api.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'no-other-modules-resolver',
      comment: "An API module uses another module's service, mapper or type, never its resolver.",
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/` },
      to: { path: `${MODULES}[^/]+/[^/]+\\.resolver\\.ts$`, pathNot: `${MODULES}$1/` },
    },
    {
      name: 'shared-is-the-bottom-layer',
      comment: 'modules/shared imports nothing else of the API.',
      severity: 'error',
      from: { path: `${MODULES}shared/` },
      to: { path: API, pathNot: `${MODULES}shared/` },
    },
    {
      name: 'modules-do-not-import-the-wiring',
      comment:
        'Modules are wired in src/ (app.ts, services.ts, loaders.ts, server.ts): never the other way.',
      severity: 'error',
      from: { path: MODULES },
      to: {
        path: `${API}(app|boot|main|server|services|loaders|schema|express-routes|graphql-http|live-sockets)\\.ts$`,
      },
    },
    {
      name: 'infra-and-db-import-no-module',
      comment: 'src/infra and src/db are swappable parts beneath the modules.',
      severity: 'error',
      from: { path: `${API}(infra|db)/` },
      to: { path: MODULES, pathNot: `${MODULES}shared/` },
    },
    {
      name: 'no-cycles-between-folders',
      comment: 'Folders depend on each other one way (a cycle inside a folder is allowed).',
      severity: 'error',
      scope: 'folder',
      // core/src/schema/index.ts is core's browser entry: it re-exports fields/ and template/.
      from: { pathNot: '^packages/core/src/schema$' },
      to: { circular: true, pathNot: '^packages/core/src/schema$' },
    },
  ],
  options: {
    // Built packages (dist/) are seen as where an import lands, not cruised.
    doNotFollow: { path: '(^|/)(dist|node_modules)/' },
    // Tests may reach across folders to set things up; the rules are about the product's code.
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.vue', '.d.ts', '.mjs'],
    },
  },
};
