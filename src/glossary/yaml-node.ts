// Small helpers over the `yaml` package's node tree: positions and plain scalar text.

import { type Document, isAlias, isScalar, type LineCounter, type Node } from 'yaml';
import type { SourcePosition } from '../errors.js';

export interface YamlContext {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function positionAt(ctx: YamlContext, offset: number): SourcePosition {
  const { line, col } = ctx.lines.linePos(offset);
  return { file: ctx.file, line, column: col };
}

export function positionOf(ctx: YamlContext, node: unknown): SourcePosition {
  const range = (node as Node | null | undefined)?.range;
  return range ? positionAt(ctx, range[0]) : { file: ctx.file };
}

/** Follows `*alias` references so an anchored entry reads like the one it points to. */
export function resolveNode(ctx: YamlContext, node: unknown): unknown {
  return isAlias(node) ? node.resolve(ctx.doc) : node;
}

export type ScalarText = { kind: 'text'; text: string } | { kind: 'null' } | { kind: 'other' };

/**
 * The text of a scalar as the user meant it: a plain `1996` or `TRUE` is read as written,
 * since a glossary holds words, not numbers.
 */
export function scalarText(node: unknown): ScalarText {
  if (!isScalar(node)) return node == null ? { kind: 'null' } : { kind: 'other' };
  const { value } = node;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'text', text: node.source ?? String(value) };
  }
  return { kind: 'other' };
}

/** A short name of what a node is, for "expected a list, found a map" messages. */
export function describeNode(node: unknown): string {
  if (node == null) return 'nothing';
  if (isScalar(node))
    return node.value === null ? 'nothing' : `the value ${JSON.stringify(node.value)}`;
  const type = (node as { constructor?: { name?: string } }).constructor?.name ?? '';
  if (type === 'YAMLMap') return 'a map';
  if (type === 'YAMLSeq') return 'a list';
  return 'a value';
}
