import type { Viewer } from './access.js';
import type { Loaders } from '../../loaders.js';
import type { Services } from '../../services.js';
import { unauthenticated } from './errors.js';

export interface Context {
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  /** The peer's address (req.socket.remoteAddress): what login throttling counts per client. */
  clientAddress: string;
}

/** The caller; @Authorized already guarantees one, this narrows the type. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
