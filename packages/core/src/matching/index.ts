// Staff and lead source matching: the target's ids for the record's owner and lead source.
export { createListCache, LIST_CACHE_TTL_MS, listKey, type ListCache } from './list-cache.js';
export { MatchingError, type MatchingContext } from './request.js';
export { resolveMatches } from './resolve.js';
