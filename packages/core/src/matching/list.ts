import { readPath } from '../json-path.js';
import { redactUrl } from '../http/redact.js';
import { listKey } from './list-cache.js';
import { MatchingError, requestJson, type MatchingContext } from './request.js';

const LIST_PROPERTIES = ['items', 'data', 'results'];

/** The items of a list answer: the array itself, or under items, data, results, or the first array. */
export function listItems(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const record = json as Record<string, unknown>;
  for (const key of LIST_PROPERTIES) if (Array.isArray(record[key])) return record[key];
  return Object.values(record).find((v) => Array.isArray(v)) ?? null;
}

/** For comparisons: trimmed and lower-case; null for blank text and anything but text or numbers. */
export function comparable(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim().toLowerCase();
  return text.length > 0 ? text : null;
}

/** An id as text: a non-blank string or a number; null otherwise. */
export function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim().length > 0) return value;
  return null;
}

/** The list at url, from the cache when the host gives one. */
export function fetchList(ctx: MatchingContext, what: string, url: string): Promise<unknown[]> {
  const load = async () => {
    const { json } = await requestJson(ctx, what, url);
    const items = listItems(json);
    if (!items) throw new MatchingError(`${what} from ${redactUrl(url)} is not a JSON list`, false);
    return items;
  };
  return ctx.lists ? ctx.lists.get(listKey(ctx.connectorId, url), load) : load();
}

/** Per list (as cached) and field path: comparable value -> its first item. */
const indexes = new WeakMap<unknown[], Map<string, Map<string, unknown>>>();

/**
 * The first item whose field at path equals wanted (compared as comparable() does). A list is
 * indexed once per field, so a push against a long cached list does not scan it.
 */
export function findItem(items: unknown[], path: string, wanted: string): unknown {
  let byPath = indexes.get(items);
  if (!byPath) indexes.set(items, (byPath = new Map()));
  let index = byPath.get(path);
  if (!index) {
    index = new Map();
    for (const item of items) {
      const key = comparable(readPath(item, path));
      if (key !== null && !index.has(key)) index.set(key, item);
    }
    byPath.set(path, index);
  }
  return index.get(wanted);
}

/** The id of a matched item; an item without one means idField is set wrong. */
export function itemId(item: unknown, idField: string, what: string, url: string): string {
  const id = idText(readPath(item, idField));
  if (id === null) {
    throw new MatchingError(
      `${what} from ${redactUrl(url)} has no "${idField.trim()}" on the matching item`,
      false,
    );
  }
  return id;
}
