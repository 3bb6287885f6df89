import type { EntityType, RecordValues } from '@odc/core';
import type { EntityManager } from 'typeorm';
import { canManage, type Viewer } from '../identity/access.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { ContactEntity } from './contact.entity.js';
import type { CustomFieldService } from './custom-field.service.js';
import { LoanEntity } from './loan.entity.js';
import { contactSnapshot, loanSnapshot } from './record-values.js';

export interface RecordSnapshot {
  ownerId: string;
  values: RecordValues;
}

/** A record the viewer may see, as placeholder values; null when there is none. */
export async function snapshotOf(
  m: EntityManager,
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
  const [owner, org, defs] = await Promise.all([
    m.findOneBy(UserEntity, { id: record.ownerId }),
    m.findOneBy(OrganizationEntity, { id: viewer.organizationId }),
    customFields.list(viewer.organizationId, m),
  ]);
  const ctx = { storesBirthYear: org?.storesBirthYear ?? true, customFields: defs };
  if (record instanceof ContactEntity)
    return { ownerId: record.ownerId, values: contactSnapshot(record, owner, ctx) };
  const borrower = record.borrowerId
    ? await m.findOneBy(ContactEntity, { id: record.borrowerId })
    : null;
  return { ownerId: record.ownerId, values: loanSnapshot(record, owner, borrower, ctx) };
}
