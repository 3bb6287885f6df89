/** One header of an attempt's request or response, as shown in the run's attempt log. */
export interface AttemptHeader {
  name: string;
  value: string;
}

/** Longest header value kept; a longer one is cut and ends with "…". */
export const MAX_HEADER_VALUE = 1024;
/** Most header text kept per request or response (names and values); later headers are dropped. */
export const MAX_HEADERS_CHARS = 8 * 1024;
/** The last entry when headers were dropped at the cap. */
export const DROPPED = '…';

/**
 * Headers as the attempt log stores them: a JSON list of [name, value] in the order given, values
 * cut at MAX_HEADER_VALUE, at most MAX_HEADERS_CHARS of text (then a final [DROPPED, "n more"]).
 * Null when there are none (no request was sent, no response came).
 */
export function storeHeaders(headers: Record<string, string> | undefined): string | null {
  if (!headers) return null;
  const entries = Object.entries(headers);
  if (entries.length === 0) return null;
  const kept: [string, string][] = [];
  let chars = 0;
  for (const [name, raw] of entries) {
    const value =
      raw.length > MAX_HEADER_VALUE ? `${raw.slice(0, MAX_HEADER_VALUE - 1)}${DROPPED}` : raw;
    chars += name.length + value.length;
    if (chars > MAX_HEADERS_CHARS) {
      kept.push([DROPPED, `${entries.length - kept.length} more not kept`]);
      break;
    }
    kept.push([name, value]);
  }
  return JSON.stringify(kept);
}

/** The stored headers for GraphQL; null when none were stored (or the text is not ours). */
export function readHeaders(text: string | null | undefined): AttemptHeader[] | null {
  if (!text) return null;
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return null;
    return list
      .filter((e): e is [string, string] => Array.isArray(e) && e.length === 2)
      .map(([name, value]) => ({ name: String(name), value: String(value) }));
  } catch {
    return null;
  }
}
