// Parse a YAML file keeping positions, so every config error can name its line and column.

import { isMap, isScalar, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { UserError } from '../errors.js';

export interface YamlSource {
  file: string;
  root: YAMLMap | undefined;
  /** 1-based line and column of a node. */
  positionOf(node: Node | undefined): { line?: number; column?: number };
}

export function parseYamlSource(text: string, file: string, what: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    throw new UserError(
      `Could not read ${what}: invalid YAML (${error.message.split('\n')[0]}). Fix the syntax at this line and column.`,
      { position: { file, line: pos.line, column: pos.col } },
    );
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    throw new UserError(
      `Could not read ${what}: the file must be a YAML mapping (key: value lines).`,
      {
        position: { file, line: 1 },
      },
    );
  }
  return {
    file,
    root: contents ?? undefined,
    positionOf(node) {
      const offset = node?.range?.[0];
      if (offset === undefined) return {};
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

/** The key nodes of a mapping, with their plain string names. */
export function entriesOf(
  map: YAMLMap,
): Array<{ name: string; keyNode: Node | undefined; value: unknown }> {
  return map.items.map((pair) => {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    return { name: String(keyNode?.value ?? pair.key), keyNode, value: pair.value };
  });
}
