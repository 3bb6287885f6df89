export * from './token-cache.js';
export { TokenError, readPath } from './token-request.js';
export {
  authHandler,
  authHandlers,
  tokenKey,
  type AuthContext,
  type AuthHandler,
} from './handlers.js';
