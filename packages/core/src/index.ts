export * from './schema/index.js';
export * from './auth/index.js';
export * from './criteria/index.js';
export * from './delivery/index.js';
export * from './http/index.js';
export {
  compileRequest,
  RequestTemplateError,
  type CompiledRequest,
  type RenderedRequest,
} from './push-request.js';
export { isRetryableStatus } from './push-outcome.js';
export * from './execute-push.js';
