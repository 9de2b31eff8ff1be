// A key is made from its paragraph's first words, so editing those words renames the key. A human
// translation under the old name must not vanish silently: this pairs each vanished key with the
// key that took its place, so the plan can keep the translation and mark it stale.

/**
 * New key → old key, for keys that vanished and appeared in the same place: after the same
 * surviving key (or both at the start), as many vanished as appeared there, each pair with the
 * same shape prefix (`p-`, `quote-`) and sentence suffix (`.s2`), and their first words overlapping
 * by at least half (an edited opening, not a different paragraph).
 */
export function pairRenamedKeys(
  oldKeys: readonly string[],
  newKeys: readonly string[],
): Map<string, string> {
  const oldSet = new Set(oldKeys);
  const newSet = new Set(newKeys);
  const vanished = groupByAnchor(oldKeys, newSet);
  const appeared = groupByAnchor(newKeys, oldSet);
  const pairs = new Map<string, string>();
  for (const [anchor, added] of appeared) {
    const removed = vanished.get(anchor);
    if (!removed || removed.length !== added.length) continue;
    added.forEach((key, i) => {
      const old = removed[i]!;
      if (sameShape(old, key) && wordsOverlap(old, key)) pairs.set(key, old);
    });
  }
  return pairs;
}

/** Keys missing from `other`, grouped by the nearest preceding key that `other` also has. */
function groupByAnchor(
  keys: readonly string[],
  other: ReadonlySet<string>,
): Map<string | undefined, string[]> {
  const groups = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const key of keys) {
    if (other.has(key)) {
      anchor = key;
      continue;
    }
    const group = groups.get(anchor) ?? [];
    group.push(key);
    groups.set(anchor, group);
  }
  return groups;
}

function parts(key: string): { prefix: string; words: string[]; suffix: string } {
  const dot = key.indexOf('.');
  const head = dot < 0 ? key : key.slice(0, dot);
  const [prefix = '', ...words] = head.split('-');
  return { prefix, words, suffix: dot < 0 ? '' : key.slice(dot) };
}

function sameShape(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  return pa.prefix === pb.prefix && pa.suffix === pb.suffix;
}

function wordsOverlap(a: string, b: string): boolean {
  const wa = new Set(parts(a).words);
  const wb = parts(b).words;
  const shared = wb.filter((w) => wa.has(w)).length;
  return shared > 0 && shared * 2 >= Math.min(wa.size, wb.length);
}
