// Every string in glossary.yaml ends up in a translation or a DeepL glossary entry, where stray
// spaces, tabs or line breaks break matching and DeepL rejects the entry; refuse them early.

import type { ProblemSink } from './problems.js';
import { describeNode, positionOf, scalarText, type YamlContext } from './yaml-node.js';

/** The string value of `node`, or undefined after reporting why it is not a usable one. */
export function readText(
  ctx: YamlContext,
  sink: ProblemSink,
  node: unknown,
  subject: string,
  what: string,
): string | undefined {
  const position = positionOf(ctx, node);
  const value = scalarText(node);
  if (value.kind === 'null' || (value.kind === 'text' && value.text.trim() === '')) {
    sink.error(
      'empty',
      position,
      `Could not read ${subject}: ${what} is empty. Write the text, or remove ${what}`,
    );
    return undefined;
  }
  if (value.kind === 'other') {
    sink.error(
      'type',
      position,
      `Could not read ${subject}: ${what} must be a text, found ${describeNode(node)}. Write it as a plain string`,
    );
    return undefined;
  }
  const { text } = value;
  if (text !== text.trim()) {
    sink.error(
      'whitespace',
      position,
      `Could not read ${subject}: ${what} ${JSON.stringify(text)} has leading or trailing spaces. Remove them (write ${JSON.stringify(text.trim())})`,
    );
    return undefined;
  }
  if (/[\t\n\r\u2028\u2029]/.test(text)) {
    sink.error(
      'whitespace',
      position,
      `Could not read ${subject}: ${what} ${JSON.stringify(text)} contains a tab or line break. Write it on one line with single spaces`,
    );
    return undefined;
  }
  if (Buffer.byteLength(text) > MAX_BYTES) {
    sink.error(
      'too-long',
      position,
      `Could not read ${subject}: ${what} is ${Buffer.byteLength(text)} bytes long, more than a glossary entry may be (${MAX_BYTES} UTF-8 bytes, DeepL's limit). Shorten it`,
    );
    return undefined;
  }
  return text;
}

/** DeepL refuses glossary entries longer than this; a term that long is a sentence anyway. */
const MAX_BYTES = 1024;

/** A `true`/`false` flag, or undefined after reporting. */
export function readFlag(
  ctx: YamlContext,
  sink: ProblemSink,
  node: unknown,
  subject: string,
  what: string,
): boolean | undefined {
  const value = (node as { value?: unknown } | null)?.value;
  if (typeof value === 'boolean') return value;
  sink.error(
    'type',
    positionOf(ctx, node),
    `Could not read ${subject}: ${what} must be true or false, found ${describeNode(node)}. Write ${what}: true or ${what}: false`,
  );
  return undefined;
}
