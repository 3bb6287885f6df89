import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { gql, newPage, product, signIn, tokenOf, USERS, useProduct } from './harness';

useProduct();

describe('accessibility', () => {
  it('every page passes an axe scan with no serious or critical violation', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile').first().waitFor();
    const { connectors, contacts, loans } = await gql<{
      connectors: { items: { id: string }[] };
      contacts: { items: { id: string }[] };
      loans: { items: { id: string }[] };
    }>(
      product.url,
      '{ connectors(pageSize: 1) { items { id } } contacts(pageSize: 1) { items { id } } loans(pageSize: 1) { items { id } } }',
      {},
      await tokenOf(product.url, USERS.admin),
    );
    const contact = contacts.items[0]!.id;
    const loan = loans.items[0]!.id;
    const pages: [string, string][] = [
      ['connectors', '/connectors'],
      ['setup (new)', '/connectors/new'],
      ['setup (edit)', `/connectors/${connectors.items[0]!.id}/edit`],
      ['logs', `/connectors/${connectors.items[0]!.id}/edit?tab=logs`],
      ['setup (view)', `/connectors/${connectors.items[0]!.id}`],
      ['contacts', '/contacts'],
      ['contact', `/contacts/${contact}`],
      ['contact (new)', '/contacts/new'],
      ['contact (edit)', `/contacts/${contact}/edit`],
      ['loans', '/loans'],
      ['loan', `/loans/${loan}`],
      ['loan (new)', '/loans/new'],
      ['loan (edit)', `/loans/${loan}/edit`],
      ['run history', '/runs'],
    ];
    const found: string[] = [];
    for (const [name, path] of pages) {
      await page.goto(`${product.url}${path}`);
      await page.locator('main h1, main .v-card').first().waitFor();
      await page.waitForLoadState('networkidle');
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(
            `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 100)} ${(n.failureSummary ?? '').slice(0, 200)}`).join(' | ')}`,
          );
    }
    const login = await newPage();
    await login.goto(`${product.url}/login`);
    await login.getByLabel('Email').waitFor();
    for (const v of (await new AxeBuilder({ page: login }).analyze()).violations)
      if (v.impact === 'serious' || v.impact === 'critical') found.push(`login: ${v.id}`);
    expect(found).toEqual([]);
    // Fifteen pages scanned one after another: more time than one test usually takes.
  }, 480_000);
});
