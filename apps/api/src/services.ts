import type { Loaders } from './loaders.js';
import type { Context } from './modules/shared/context.js';
import type { EventBus } from './infra/pubsub/pubsub.js';
import type { SecretBox } from './infra/secrets.js';
import type { BulkService } from './modules/bulk/bulk.service.js';
import type { ReplayService } from './modules/bulk/replay.service.js';
import type { ConnectorService } from './modules/connectors/connector.service.js';
import type { IdentityService } from './modules/identity/identity.service.js';
import type { ContactService } from './modules/records/contact.service.js';
import type { CustomFieldService } from './modules/custom-fields/custom-field.service.js';
import type { LoanService } from './modules/records/loan.service.js';
import type { RunHistory } from './modules/history/run-history.js';
import type { RunService } from './modules/runs/run.service.js';
import type { SigningService } from './modules/signing/signing.service.js';
import type { VersionService } from './modules/versions/version.service.js';

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
  /** Run search, daily figures. */
  history: RunHistory;
  signing: SigningService;
  versions: VersionService;
  replays: ReplayService;
  bulk: BulkService;
}

/** The context every resolver gets: each module's resolvers type the part they use. */
export type AppContext = Context<Services, Loaders>;
