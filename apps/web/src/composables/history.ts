/** What a version's changes are called in the History tab, by ConnectorInput path prefix. */
const LABELS: [prefix: string, label: string][] = [
  ['name', 'name'],
  ['entityType', 'entity type'],
  ['automationTriggers', 'automation sync'],
  ['roleIds', 'role access'],
  ['authentication', 'authentication'],
  ['request.url', 'URL'],
  ['request.method', 'HTTP method'],
  ['request.headers', 'headers'],
  ['request.bodyTemplate', 'request body'],
  ['successCriteria', 'success criteria'],
  ['delivery', 'delivery'],
  ['matching', 'matching'],
  ['responseMapping', 'response'],
];

/** request.headers.0.value -> "headers"; an unknown path stands for itself. */
export function changeLabel(path: string): string {
  return LABELS.find(([p]) => path === p || path.startsWith(`${p}.`))?.[1] ?? path;
}

/** One line: "Changed URL, headers and delivery"; "First version" for version 1. */
export function summarize(version: number, changes: readonly { path: string }[]): string {
  if (version === 1) return 'First version';
  const labels = [...new Set(changes.map((c) => changeLabel(c.path)))];
  if (labels.length === 0) return 'Saved without changes';
  const shown = labels.length > 4 ? [...labels.slice(0, 3), `${labels.length - 3} more`] : labels;
  const last = shown.pop();
  return `Changed ${shown.length ? `${shown.join(', ')} and ${last}` : last}`;
}

/** A change's side as shown: text as is, other JSON as written, absent as a dash. */
export function shownValue(json: string | null | undefined): string {
  if (json == null) return '—';
  if (json === '(secret)') return json;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  } catch {
    return json;
  }
}
