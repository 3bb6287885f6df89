export * from './types.js';
export { compileBodyTemplate, compileTextTemplate } from './compile.js';
export { prettyBodyTemplate } from './pretty.js';
