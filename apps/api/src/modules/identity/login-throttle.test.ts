import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LoginThrottle (point 5)', () => {
  it('point 5: locks an email after 5 failures, each new lock twice as long; a success resets', async () => {
    // A first lock of 1 s instead of 60 s: the same growth, quicker.
    const t = new LoginThrottle(null, 'test', 1);
    const failFive = async () => {
      for (let i = 0; i < 5; i++) {
        expect(await t.retryAfterSeconds('a@x.test', '10.0.0.1')).toBe(0);
        await t.failed('a@x.test', '10.0.0.1');
      }
    };
    await failFive();
    expect(await t.retryAfterSeconds('a@x.test', '10.0.0.2')).toBe(1);
    expect(await t.retryAfterSeconds('b@x.test', '10.0.0.2')).toBe(0);
    await sleep(1100);
    await failFive();
    expect(await t.retryAfterSeconds('a@x.test', '10.0.0.2')).toBe(2);
    await sleep(2100);
    await failFive();
    expect(await t.retryAfterSeconds('a@x.test', '10.0.0.2')).toBe(4);
    await t.succeeded('a@x.test');
    expect(await t.retryAfterSeconds('a@x.test', '10.0.0.2')).toBe(0);
  });

  it('point 5: locks a client address after 20 failures whatever the email', async () => {
    const t = new LoginThrottle(null, 'test');
    for (let i = 0; i < 20; i++) await t.failed(`user${i}@x.test`, '10.0.0.9');
    expect(await t.retryAfterSeconds('new@x.test', '10.0.0.9')).toBe(60);
    expect(await t.retryAfterSeconds('new@x.test', '10.0.0.8')).toBe(0);
  });
});
