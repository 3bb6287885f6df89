import type { EventBus } from '../../infra/pubsub/pubsub.js';
import type { SecretBox } from '../../infra/secrets.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { ContactService } from '../records/contact.service.js';
import type { CustomFieldService } from '../records/custom-field.service.js';
import type { LoanService } from '../records/loan.service.js';
import type { RunService } from '../runs/run.service.js';
import type { SigningService } from '../signing/signing.service.js';

/** The services resolvers call; built once at start. */
export interface Services {
  box: SecretBox;
  /** Live events: what subscriptions listen to. */
  bus: EventBus;
  identity: IdentityService;
  connectors: ConnectorService;
  customFields: CustomFieldService;
  contacts: ContactService;
  loans: LoanService;
  runs: RunService;
  signing: SigningService;
}
