// A key a person added to a locale file by hand (the source has no such key) is theirs: `tolk check`
// reports it as extra-key, and a run keeps it where it was, next to the key it followed.

/**
 * `values` (what the run writes) with the prior file's hand-added keys put back: each key the new
 * values lack and the lock does not know (`managed` is false), after the key it followed before.
 */
export function keepExtraKeys(
  values: ReadonlyArray<readonly [string, string]>,
  prior: ReadonlyMap<string, string> | undefined,
  managed: (key: string) => boolean,
): Array<[string, string]> {
  const out = values.map(([key, value]): [string, string] => [key, value]);
  if (!prior) return out;
  const present = new Set(values.map(([key]) => key));
  // Anchor (the preceding key still written, or '' for the top) → hand-added keys after it.
  const after = new Map<string, Array<[string, string]>>();
  let anchor = '';
  for (const [key, value] of prior) {
    if (present.has(key)) anchor = key;
    else if (!managed(key)) {
      const list = after.get(anchor) ?? [];
      list.push([key, value]);
      after.set(anchor, list);
    }
  }
  if (after.size === 0) return out;
  const merged: Array<[string, string]> = [...(after.get('') ?? [])];
  for (const entry of out) {
    merged.push(entry);
    merged.push(...(after.get(entry[0]) ?? []));
  }
  return merged;
}
