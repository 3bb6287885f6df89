export * from './types.js';
export { compileBodyTemplate, compileTextTemplate } from './compile.js';
