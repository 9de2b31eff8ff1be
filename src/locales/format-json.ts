// Writes translations as nested 2-space JSON in the given order. JSON.stringify would move
// integer-like keys to the front, so the object is printed by hand.

type Tree = Map<string, string | Tree>;

export function formatLocaleJson(entries: Iterable<readonly [string, string]>): string {
  const tree: Tree = new Map();
  for (const [key, value] of entries) insert(tree, key.split('.'), value, key);
  return `${printTree(tree, '')}\n`;
}

function insert(tree: Tree, path: string[], value: string, key: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (tree.get(head) instanceof Map)
      throw new Error(`Key "${key}" is both a value and a group of keys.`);
    tree.set(head, value);
    return;
  }
  let child = tree.get(head);
  if (typeof child === 'string')
    throw new Error(`Key "${key}" is both a value and a group of keys.`);
  if (!child) {
    child = new Map();
    tree.set(head, child);
  }
  insert(child, rest, value, key);
}

function printTree(tree: Tree, indent: string): string {
  if (tree.size === 0) return '{}';
  const inner = `${indent}  `;
  const lines = [...tree].map(([key, value]) => {
    const printed = typeof value === 'string' ? JSON.stringify(value) : printTree(value, inner);
    return `${inner}${JSON.stringify(key)}: ${printed}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
