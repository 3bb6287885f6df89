export const CONNECTOR_ACCESS = ['MANAGE', 'READ_ONLY', 'NONE'] as const;
export type ConnectorAccess = (typeof CONNECTOR_ACCESS)[number];

/** Who is asking: resolved once per request from the bearer token. */
export interface Viewer {
  userId: string;
  organizationId: string;
  roleId: string;
  access: ConnectorAccess;
}

export const canSeeConnectors = (v: Viewer) => v.access === 'MANAGE' || v.access === 'READ_ONLY';
export const canManage = (v: Viewer) => v.access === 'MANAGE';
