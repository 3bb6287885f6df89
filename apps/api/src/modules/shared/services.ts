import type { SecretBox } from '../../infra/secrets.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import type { IdentityService } from '../identity/identity.service.js';

/** The services resolvers call; built once at start. */
export interface Services {
  box: SecretBox;
  identity: IdentityService;
  connectors: ConnectorService;
}
