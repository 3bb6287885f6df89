import type { EntityType, RecordValues } from '@odc/core';
import type { FindOne } from '../../db/batch/reads.js';
import { canManage, type Viewer } from '../shared/access.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { ContactEntity } from './contact.entity.js';
import type { CustomFieldService } from '../custom-fields/custom-field.service.js';
import { LoanEntity } from './loan.entity.js';
import { TtlCache } from '../shared/ttl-cache.js';
import { contactSnapshot, loanSnapshot } from './record-values.js';

const users = new TtlCache<string, UserEntity | null>(60_000);
const orgs = new TtlCache<string, OrganizationEntity | null>(1000);

/** Users never change; an organization's settings may be a second stale across processes. */
export const lookups = {
  user: (m: FindOne, id: string) => users.getOrLoad(id, () => m.findOneBy(UserEntity, { id })),
  organization: (m: FindOne, id: string) =>
    orgs.getOrLoad(id, () => m.findOneBy(OrganizationEntity, { id })),
  forgetOrganization: (id: string) => orgs.delete(id),
};

export interface RecordSnapshot {
  ownerId: string;
  version: number;
  values: RecordValues;
}

/** A record the viewer may see, as placeholder values; null when there is none. */
export async function snapshotOf(
  m: FindOne,
  customFields: CustomFieldService,
  viewer: Viewer,
  entityType: EntityType,
  recordId: string,
): Promise<RecordSnapshot | null> {
  const where = canManage(viewer)
    ? { id: recordId, organizationId: viewer.organizationId }
    : { id: recordId, organizationId: viewer.organizationId, ownerId: viewer.userId };
  const record =
    entityType === 'CONTACT'
      ? await m.findOneBy(ContactEntity, where)
      : await m.findOneBy(LoanEntity, where);
  if (!record) return null;
  const meta = { ownerId: record.ownerId, version: record.version };
  const [owner, org, defs] = await Promise.all([
    lookups.user(m, record.ownerId),
    lookups.organization(m, viewer.organizationId),
    customFields.cachedList(viewer.organizationId),
  ]);
  const ctx = { storesBirthYear: org?.storesBirthYear ?? true, customFields: defs };
  if (record instanceof ContactEntity)
    return { ...meta, values: contactSnapshot(record, owner, ctx) };
  const borrower = record.borrowerId
    ? await m.findOneBy(ContactEntity, { id: record.borrowerId })
    : null;
  return { ...meta, values: loanSnapshot(record, owner, borrower, ctx) };
}
