import { isSecretHeaderName, redactHeaders } from '@odc/core';
import express, { type Express, type Request, type Response } from 'express';
import { MAX_BODY_BYTES } from './limits.js';

/** The demo endpoint that answers 503 to one call in three (the first, fourth, …). */
export const DEMO_FLAKY_PATH = '/demo/flaky';
/** The demo endpoint that answers 400 to every push. */
export const DEMO_REJECT_PATH = '/demo/reject';
/** Seconds a 503 of the flaky endpoint asks the pusher to wait (Retry-After). */
export const DEMO_FLAKY_RETRY_AFTER = 2;

/**
 * What the demo echo answers: the request as it arrived, its headers included, credentials
 * "[redacted]" (an answer is stored with the run: no secret may come back in it).
 */
export function echoOf(req: Request) {
  const text = typeof req.body === 'string' ? req.body : '';
  let received: unknown = text;
  try {
    received = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: echo the text
  }
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined)
      headers[key] = isSecretHeaderName(key)
        ? '[redacted]'
        : Array.isArray(value)
          ? value.join(', ')
          : value;
  return {
    ok: true,
    method: req.method,
    path: req.originalUrl,
    headers: redactHeaders(headers),
    received,
  };
}

const readText = express.text({ type: () => true, limit: MAX_BODY_BYTES });

/**
 * Demo targets that do not always succeed, so a newcomer sees retries and failures without
 * building a target: /demo/flaky answers 503 (Retry-After: 2) to one call in three and echoes the
 * others; /demo/reject answers 400 to every call.
 */
export function mountDemoFaults(web: Express): void {
  let calls = 0;
  web.all(/^\/demo\/flaky(\/.*)?$/, readText, (req: Request, res: Response) => {
    if (calls++ % 3 === 0)
      return void res
        .status(503)
        .set('retry-after', String(DEMO_FLAKY_RETRY_AFTER))
        .json({ ok: false, error: 'The demo partner is busy: try again shortly' });
    res.json(echoOf(req));
  });
  web.all(/^\/demo\/reject(\/.*)?$/, readText, (_req: Request, res: Response) => {
    res.status(400).json({ ok: false, error: 'The demo partner rejects every push (400)' });
  });
}
