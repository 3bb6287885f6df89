import type DataLoader from 'dataloader';
import type { Viewer } from './access.js';
import { unauthenticated } from './errors.js';

/** A batched lookup by id for field resolvers (built per request in src/loaders.ts). */
export type Loader<T> = DataLoader<string, T | null>;

/**
 * A request's context. Each module's resolvers name the services and loaders they use
 * (`Context<{ runs: RunService }>`); src/services.ts and src/loaders.ts have them all.
 */
export interface Context<Services = object, Loaders = object> {
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  /** The peer's address (req.socket.remoteAddress): what login throttling counts per client. */
  clientAddress: string;
}

/** The caller; @Authorized already guarantees one, this narrows the type. */
export function viewerOf(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
