export * from './schema/index.js';
export * from './auth/index.js';
export * from './criteria/index.js';
export * from './delivery/index.js';
export * from './http/index.js';
export {
  compileRequest,
  type CompiledRequest,
  type RenderedRequest,
} from './request/compile-request.js';
export { redactHeaders } from './request/redact.js';
export * from './execute-push.js';
