import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { SIGNATURE_HEADERS } from '../schema/signing.js';

// Standard Webhooks (https://www.standardwebhooks.com): the `standardwebhooks` package makes each
// signature; this file only says which secrets sign and names the headers.

/** How long after a rotation pushes are also signed with the previous secret. */
export const SIGNING_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** A connector's signing secrets as the engine gets them (opened by the host). */
export interface SigningKeys {
  /** "whsec_" + base64 of the key bytes. */
  secret: string;
  /** The secret before the last rotation: signs too while now < expiresAt (epoch ms). */
  previous: { secret: string; expiresAt: number } | null;
}

/** A new secret: "whsec_" + base64 of 32 random bytes. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The secrets that sign at `now`: the current one first, then the previous during its overlap. */
export function signingSecrets(keys: SigningKeys, now: number): string[] {
  const { secret, previous } = keys;
  return previous && now < previous.expiresAt ? [secret, previous.secret] : [secret];
}

/**
 * The three headers of one attempt sent at `now`: the message id (the run id), the Unix seconds,
 * and one "v1,<base64>" signature of "<id>.<seconds>.<body>" per signing secret, space-separated.
 */
export function signatureHeaders(
  keys: SigningKeys,
  id: string,
  now: number,
  body: string,
): Record<string, string> {
  const seconds = Math.floor(now / 1000);
  const at = new Date(seconds * 1000);
  const signature = signingSecrets(keys, now)
    .map((secret) => new Webhook(secret).sign(id, at, body))
    .join(' ');
  return {
    [SIGNATURE_HEADERS.id]: id,
    [SIGNATURE_HEADERS.timestamp]: String(seconds),
    [SIGNATURE_HEADERS.signature]: signature,
  };
}
