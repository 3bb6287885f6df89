import { describe, expect, it } from 'vitest';
import {
  gql,
  menuItem,
  newPage,
  product,
  shot,
  signIn,
  subscribeSent,
  tokenOf,
  USERS,
  useProduct,
} from './harness';

useProduct();

describe('loan officer', () => {
  it('pushes a loan from the Loans list, and sees the run history', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.goto(`${product.url}/loans`);
    await page.locator('[data-test="loan-link"]').first().waitFor();
    await page
      .getByRole('button', { name: /Actions for loan/ })
      .first()
      .click();
    await menuItem(page, 'Push to…').hover();
    const pushTo = page.locator('[data-test="push-to"]').first();
    await pushTo.waitFor();
    await shot(page, '14-loans');
    await pushTo.click();
    await expect
      .poll(() => page.locator('.push-run-card').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('SUCCESS');
    await shot(page, '14b-loans-pushed');
    await page.locator('[data-test="loan-link"]').first().click();
    await page.locator('[data-test="record-title"]').waitFor();
    await shot(page, '15-loan');
    const live = subscribeSent(page, 'runStatusChanged');
    await page.goto(`${product.url}/runs`);
    await page.locator('.v-data-table tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const rows = page.locator('.v-data-table tbody tr', { has: page.locator('[data-status]') });
    const before = await rows.count();
    await live;

    // A push elsewhere appears at the top and ends in Success without a reload.
    const officer = await tokenOf(product.url, USERS.officer);
    const { loans } = await gql<{
      loans: { items: { id: string; loanType: string; loanNumber: string }[] };
    }>(product.url, '{ loans(pageSize: 20) { items { id loanType loanNumber } } }', {}, officer);
    const { pushConnectors } = await gql<{ pushConnectors: { id: string }[] }>(
      product.url,
      '{ pushConnectors(entityType: LOAN) { id } }',
      {},
      officer,
    );
    const mortgage = loans.items.find((l) => l.loanType === 'MORTGAGE')!;
    await gql(
      product.url,
      'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
      { c: pushConnectors[0]!.id, r: mortgage.id },
      officer,
    );
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(before + 1);
    await rows.first().locator('[data-status="SUCCESS"]').waitFor({ timeout: 30_000 });
    // The record column names the loan pushed, by its number.
    await expect(rows.first().locator('[data-test="run-record"]').textContent()).resolves.toBe(
      mortgage.loanNumber,
    );
    await rows.first().click();
    await page.locator('.run-details').waitFor();
    await shot(page, '16-runs');
  });
});
