import { z } from 'zod';

/** Length limits of connector text fields (characters); each fits its column on both databases. */
export const LIMITS = {
  url: 2048,
  headerValue: 8192,
  bodyTemplate: 65_536,
  tokenRequestBody: 8192,
  /** Every other text field: names, keys, passcodes, client secrets, criterion values. */
  text: 1000,
  headers: 50,
} as const;

// A high surrogate not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any text: at most `max` characters and no lone UTF-16 surrogate (which would be mangled). */
export const text = (label: string, max: number = LIMITS.text) =>
  z
    .string({ error: `${label} is required` })
    .refine((s) => !LONE_SURROGATE.test(s), {
      message: `${label} holds an invalid character (a lone UTF-16 surrogate)`,
      abort: true,
    })
    .refine((s) => s.length <= max, {
      message: `${label} must be at most ${max} characters`,
      abort: true,
    });

export const notBlank = (label: string, max: number = LIMITS.text) =>
  text(label, max).refine((s) => s.trim().length > 0, {
    message: `${label} must not be blank`,
    abort: true,
  });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const withoutPlaceholders = (s: string) => s.replace(/\{\{[^}]*\}\}/g, 'x');

function hasCredentials(s: string): boolean {
  try {
    const url = new URL(withoutPlaceholders(s).trim());
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/** An absolute http(s) URL; {{placeholders}} are allowed and checked separately. */
export const httpUrl = (label: string) =>
  notBlank(label, LIMITS.url)
    .refine((s) => !SPACE_OR_CONTROL.test(s), {
      message: `${label} must not hold spaces or control characters`,
      abort: true,
    })
    .refine((s) => isHttpUrl(withoutPlaceholders(s)), {
      message: `${label} must be an absolute http(s) URL`,
      abort: true,
    })
    .refine((s) => !hasCredentials(s), {
      message: `${label} must not hold a user name or password: put them in Authentication or a secret header`,
    });

/** Headers the HTTP client sets itself, and hop-by-hop headers that must not be forwarded. */
export const FORBIDDEN_HEADERS = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
]);

/** Headers the setup form marks secret by default: Authorization, *-Api-Key, *Token*, *Secret*. */
export const isSecretHeaderName = (key: string): boolean =>
  /^authorization$|-api-key$|^api-key$|token|secret/i.test(key.trim());
