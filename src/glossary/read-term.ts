// Reads one `terms:` entry of glossary.yaml into a GlossaryTerm, reporting every problem with
// the position of the node at fault.

import { isMap, isSeq, type Pair } from 'yaml';
import type { SourcePosition } from '../errors.js';
import { suggestName } from '../suggest.js';
import type { GlossaryTerm } from '../types.js';
import type { ProblemSink } from './problems.js';
import { readFlag, readText } from './read-text.js';
import { readTranslations } from './read-translations.js';
import {
  describeNode,
  positionOf,
  resolveNode,
  scalarText,
  type YamlContext,
} from './yaml-node.js';

const TERM_FIELDS = ['translations', 'keep', 'forms', 'note', 'caseSensitive'] as const;

export interface ReadTerm {
  term: GlossaryTerm;
  /** Where each of `term.forms` is written, for duplicate reports. */
  formPositions: SourcePosition[];
}

/** Reads the term whose key is `name` (already validated); undefined when it has errors. */
export function readTerm(
  ctx: YamlContext,
  sink: ProblemSink,
  name: string,
  pair: Pair,
): ReadTerm | undefined {
  const subject = `glossary term ${JSON.stringify(name)}`;
  const keyPos = positionOf(ctx, pair.key);
  const value = resolveNode(ctx, pair.value);
  const term: GlossaryTerm = {
    term: name,
    forms: [],
    keep: false,
    caseSensitive: true,
    translations: {},
    line: keyPos.line ?? 1,
    column: keyPos.column ?? 1,
  };
  const formPositions: SourcePosition[] = [];
  if (!isMap(value)) {
    const text = scalarText(value);
    const fix =
      text.kind === 'text'
        ? `Write ${name}: { translations: { en: ${text.text} } }, or ${name}: { keep: true }`
        : `Add translations (translations: { en: … }) or keep: true`;
    const why =
      text.kind === 'null'
        ? 'it has neither "translations" nor "keep"'
        : `it must be a map of fields, found ${describeNode(value)}`;
    sink.error(
      text.kind === 'null' ? 'no-translation' : 'type',
      keyPos,
      `Could not read ${subject}: ${why}. ${fix}`,
    );
    return undefined;
  }
  let ok = true;
  const fail = () => {
    ok = false;
    return undefined;
  };
  const seen = new Set<string>();
  for (const field of value.items) {
    const key = scalarText(field.key);
    const fieldName = key.kind === 'text' ? key.text : '';
    const fieldPos = positionOf(ctx, field.key);
    const fieldValue = resolveNode(ctx, field.value);
    if (seen.has(fieldName)) {
      sink.error(
        'duplicate',
        fieldPos,
        `Could not read ${subject}: the field "${fieldName}" is given twice. Keep one`,
      );
      fail();
      continue;
    }
    seen.add(fieldName);
    switch (fieldName) {
      case 'translations':
        if (!readTranslations(ctx, sink, subject, fieldValue, term)) fail();
        break;
      case 'keep':
        term.keep = readFlag(ctx, sink, fieldValue, subject, 'keep') ?? fail() ?? false;
        break;
      case 'caseSensitive':
        term.caseSensitive =
          readFlag(ctx, sink, fieldValue, subject, 'caseSensitive') ?? fail() ?? true;
        break;
      case 'note': {
        const note = readText(ctx, sink, fieldValue, subject, 'note');
        if (note === undefined) fail();
        else term.note = note;
        break;
      }
      case 'forms':
        if (!readForms(ctx, sink, subject, fieldValue, term, formPositions)) fail();
        break;
      default: {
        const guess = suggestName(fieldName, TERM_FIELDS);
        const hint = guess ? `Did you mean "${guess}"? ` : '';
        sink.error(
          'unknown-field',
          fieldPos,
          `Could not read ${subject}: unknown field ${JSON.stringify(fieldName)}. ${hint}A term may have ${TERM_FIELDS.join(', ')}`,
        );
        fail();
      }
    }
  }
  const pinned = Object.keys(term.translations).length > 0;
  if (ok && !term.keep && !pinned) {
    const why = seen.has('translations')
      ? 'its translations are empty and it is not marked keep'
      : 'it has neither "translations" nor "keep"';
    sink.error(
      'no-translation',
      keyPos,
      `Could not read ${subject}: ${why}. Add translations (translations: { en: … }) or keep: true`,
    );
    return undefined;
  }
  if (ok && term.keep && pinned) {
    sink.error(
      'conflict',
      keyPos,
      `Could not read ${subject}: it has keep: true and translations, but a kept term is never translated. Remove one of them`,
    );
    return undefined;
  }
  return ok ? { term, formPositions } : undefined;
}

function readForms(
  ctx: YamlContext,
  sink: ProblemSink,
  subject: string,
  node: unknown,
  term: GlossaryTerm,
  positions: SourcePosition[],
): boolean {
  if (!isSeq(node)) {
    const text = scalarText(node);
    const example = text.kind === 'text' ? text.text : '…';
    sink.error(
      'type',
      positionOf(ctx, node),
      `Could not read ${subject}: forms must be a list, found ${describeNode(node)}. Write forms: [${example}]`,
    );
    return false;
  }
  let ok = true;
  for (const item of node.items) {
    const form = readText(ctx, sink, resolveNode(ctx, item), subject, 'a form');
    if (form === undefined) ok = false;
    else {
      term.forms.push(form);
      positions.push(positionOf(ctx, item));
    }
  }
  return ok;
}
