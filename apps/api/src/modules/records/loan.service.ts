import { randomUUID } from 'node:crypto';
import type { AutomationTrigger } from '@odc/core';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../shared/access.js';
import { UserEntity } from '../identity/user.entity.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import type { FieldIssue } from '../shared/errors.js';
import { ContactEntity } from './contact.entity.js';
import { LoanEntity } from './loan.entity.js';
import { RecordBase, type RecordKind } from './record-base.js';
import { customValues, opt, optionalDate, optionalText, required } from './record-rules.js';
import { loanSnapshot } from './record-values.js';
import type { LoanInput } from './record.input.js';

/** How loans are listed and searched (a bulk push selects with the same). */
export const LOAN_KIND: RecordKind<LoanEntity> = {
  entity: LoanEntity,
  label: 'Loan',
  alias: 'l',
  search:
    "(LOWER(l.loanNumber) LIKE :s ESCAPE '!' OR LOWER(l.status) LIKE :s ESCAPE '!' OR LOWER(l.propertyAddress) LIKE :s ESCAPE '!')",
  orderBy: ['loanNumber'],
};

export class LoanService extends RecordBase<LoanEntity, LoanInput> {
  protected readonly kind = LOAN_KIND;

  protected async pushes(
    m: EntityManager,
    viewer: Viewer,
    trigger: AutomationTrigger,
    l: LoanEntity,
    owner: UserEntity,
  ) {
    const borrower = l.borrowerId ? await m.findOneBy(ContactEntity, { id: l.borrowerId }) : null;
    return this.automation(m, viewer, 'LOAN', trigger, l, owner, (ctx) =>
      loanSnapshot(l, owner, borrower, ctx),
    );
  }

  protected async write(
    m: EntityManager,
    viewer: Viewer,
    input: LoanInput,
    existing: LoanEntity | null,
    runs: PushRunEntity[],
  ): Promise<LoanEntity> {
    const f: FieldIssue[] = [];
    const owner = await this.owner(m, viewer, input.ownerId ?? existing?.ownerId, f);
    const defs = await this.customFields.list(viewer.organizationId, m);
    const borrowerId = opt(input.borrowerId);
    if (borrowerId && !(await m.existsBy(ContactEntity, this.visibleWhere(viewer, borrowerId)))) {
      f.push({ path: 'input.borrowerId', message: 'No such contact' });
    }
    const num = (path: string, v: number | null | undefined) => {
      if (v != null && !Number.isFinite(v)) f.push({ path, message: 'Not a number' });
      return v ?? null;
    };
    const row = Object.assign(new LoanEntity(), {
      id: existing?.id ?? randomUUID(),
      organizationId: viewer.organizationId,
      ownerId: owner?.id ?? viewer.userId,
      borrowerId,
      loanNumber: required(f, 'input.loanNumber', input.loanNumber, 'Loan number', 100),
      loanType: input.loanType,
      amount: num('input.amount', input.amount),
      interestRate: num('input.interestRate', input.interestRate),
      status: optionalText(f, 'input.status', input.status, 100),
      propertyAddress: optionalText(f, 'input.propertyAddress', input.propertyAddress, 300),
      closingDate: optionalDate(f, 'input.closingDate', input.closingDate),
      customFields: customValues(f, 'LOAN', input.customFields, defs),
      ...this.stamp(existing),
    });
    return this.store(m, viewer, f, row, existing, owner, runs);
  }
}
