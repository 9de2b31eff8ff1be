/**
 * The working tree's keys in their order, with each key only the base has put back where it stood:
 * right after the nearest key before it that both have (or after the earlier removed keys there).
 */
export function mergeKeyOrder(head: readonly string[], base: readonly string[]): string[] {
  const inHead = new Set(head);
  const after = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const key of base) {
    if (inHead.has(key)) {
      anchor = key;
      continue;
    }
    const list = after.get(anchor) ?? [];
    list.push(key);
    after.set(anchor, list);
  }
  const out = [...(after.get(undefined) ?? [])];
  for (const key of head) out.push(key, ...(after.get(key) ?? []));
  return out;
}
