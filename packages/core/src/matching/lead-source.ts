import { redactUrl } from '../http/redact.js';
import type { LeadSourceMatching } from '../schema/connector.schema.js';
import { listKey } from './list-cache.js';
import { readPath, writePath } from '../json-path.js';
import { comparable, fetchList, findItem, idText, itemId } from './list.js';
import { MatchingError, requestJson, type MatchingContext } from './request.js';

/**
 * The id of the record's lead source in the target's list (names compared case-insensitively);
 * one that is not there is created when createUrl is set. null without a name, or without a match
 * and a createUrl.
 */
export async function matchLeadSource(
  ctx: MatchingContext,
  settings: LeadSourceMatching,
  leadSource: unknown,
): Promise<string | null> {
  const name = comparable(leadSource);
  if (name === null) return null;
  const items = await fetchList(ctx, 'lead source list', settings.listUrl);
  const item = findItem(items, settings.nameField, name);
  if (item !== undefined)
    return itemId(item, settings.idField, 'lead source list', settings.listUrl);
  if (!settings.createUrl) return null;
  return createLeadSource(ctx, settings, settings.createUrl, String(leadSource).trim());
}

async function createLeadSource(
  ctx: MatchingContext,
  settings: LeadSourceMatching,
  createUrl: string,
  name: string,
): Promise<string> {
  const key = listKey(ctx.connectorId, settings.listUrl);
  const nameKey = settings.nameField.trim().split('.').pop() as string;
  let id: string | null;
  try {
    const { status, json } = await requestJson(ctx, 'lead source create', createUrl, {
      [nameKey]: name,
    });
    id = createdId(json, settings.idField);
    if (id === null) {
      throw new MatchingError(
        `lead source create request to ${redactUrl(createUrl)} answered ${status} without "${settings.idField.trim()}"`,
        false,
      );
    }
  } catch (error) {
    // It may have been created all the same: list again on the next attempt.
    ctx.lists?.invalidate(key);
    throw error;
  }
  // The next push finds it in the cached list.
  const item: Record<string, unknown> = {};
  writePath(item, settings.nameField, name);
  writePath(item, settings.idField, id);
  ctx.lists?.add(key, item);
  return id;
}

/** The id in a create answer: at idField, or at idField of its data or item object. */
function createdId(json: unknown, idField: string): string | null {
  for (const node of [json, readPath(json, 'data'), readPath(json, 'item')]) {
    const id = idText(readPath(node, idField));
    if (id !== null) return id;
  }
  return null;
}
