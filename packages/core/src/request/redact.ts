const SECRET_HEADER =
  /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|x-auth-token)$|token|secret|password|passcode/i;

/** Credential-bearing headers as "[redacted]", for what a run shows of the request. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers))
    out[key] = SECRET_HEADER.test(key) ? '[redacted]' : value;
  return out;
}
