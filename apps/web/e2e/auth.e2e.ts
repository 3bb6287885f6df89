import { describe, expect, it } from 'vitest';
import {
  cspViolations,
  newPage,
  product,
  shot,
  signIn,
  sortedCI,
  tileNames,
  USERS,
  useProduct,
} from './harness';

useProduct();

describe('admin', () => {
  it('signs in and sees the tiles in alphabetical order with their user menu', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/`);
    await page.waitForURL(/\/login/);
    await shot(page, '01-sign-in');
    await signIn(page, product.url, USERS.admin);
    await page.waitForURL(/\/connectors/);
    await page.locator('.connector-tile').first().waitFor();
    const names = await tileNames(page);
    expect(names).toHaveLength(9);
    expect(names).toEqual(sortedCI(names));
    await shot(page, '02-connectors-admin');
    await page.locator('[data-test="user-menu"]').click();
    await expect(page.locator('[data-test="user-role"]').textContent()).resolves.toContain(
      'Administrator',
    );
    await shot(page, '03-user-menu');
  });
});

describe('sessions', () => {
  it('point 8: Sign out everywhere sends this tab and another signed-in tab to sign-in', async () => {
    const here = await newPage();
    const there = await newPage();
    for (const page of [here, there]) {
      await signIn(page, product.url, USERS.viewer);
      await page.waitForURL(/\/connectors/);
      await page.locator('.connector-tile').first().waitFor();
    }
    await here.locator('[data-test="user-menu"]').click();
    await here.locator('[data-test="sign-out-everywhere"]').click();
    await here.waitForURL(/\/login/);
    // The other tab's live socket closes (4401): it goes to sign-in without a reload.
    await there.waitForURL(/\/login/);
    await signIn(there, product.url, USERS.viewer);
    await there.waitForURL(/\/connectors/);
  });
});

describe('security headers (issue 16 point 16)', () => {
  it('serves the app with a CSP, and nothing any page did was blocked by it', async () => {
    const res = await fetch(`${product.url}/`, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // Every e2e file checks after its tests that none of its pages (sign-in, forms, live updates
    // over ws) had anything blocked (harness.ts useProduct).
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile').first().waitFor();
    expect(cspViolations).toEqual([]);
  });
});
