/**
 * The value at a key or dot path such as data.token or profile.email; undefined when absent.
 * Only own keys count: "constructor" or "__proto__.x" never reach Object.prototype.
 */
export function readPath(node: unknown, path: string): unknown {
  return path
    .trim()
    .split('.')
    .reduce<unknown>(
      (at, part) =>
        at && typeof at === 'object' && Object.hasOwn(at, part)
          ? (at as Record<string, unknown>)[part]
          : undefined,
      node,
    );
}

/** Sets value at a dot path, making the objects on the way: profile.email -> { profile: { email } }. */
export function writePath(item: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.trim().split('.');
  const last = parts.pop() as string;
  let node = item;
  for (const part of parts) {
    const next = node[part];
    node[part] = next && typeof next === 'object' ? next : {};
    node = node[part] as Record<string, unknown>;
  }
  node[last] = value;
}
