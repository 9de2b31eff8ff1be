/** The value at `key`, created with `make` when absent. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The object at `record[a][b]`, created empty on the way (lang → namespace → key records). */
export function nestedRecord<T>(
  record: Record<string, Record<string, Record<string, T>>>,
  a: string,
  b: string,
): Record<string, T> {
  record[a] ??= {};
  const inner = record[a];
  inner[b] ??= {};
  return inner[b];
}
