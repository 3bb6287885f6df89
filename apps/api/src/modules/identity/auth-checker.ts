import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { forbidden, unauthenticated } from '../shared/errors.js';

/**
 * The one auth checker. @Authorized() needs a logged-in user; @Authorized('MANAGE') needs MANAGE;
 * @Authorized('READ_ONLY') needs READ_ONLY or MANAGE (the connector page).
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length === 0) return true;
  if (roles.includes(viewer.access)) return true;
  if (roles.includes('READ_ONLY') && viewer.access === 'MANAGE') return true;
  throw forbidden();
};
