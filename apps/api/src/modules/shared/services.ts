import type { IdentityService } from '../identity/identity.service.js';

/** The services resolvers call; built once at start. */
export interface Services {
  identity: IdentityService;
}
