// Reads one `terms:` entry of glossary.yaml into a GlossaryTerm, reporting every problem with
// the position of the node at fault.

import { isMap, isSeq, type Pair } from 'yaml';
import type { SourcePosition } from '../errors.js';
import type { GlossaryTerm, PinnedForm } from '../types.js';
import { checkLanguageCode } from './language.js';
import type { ProblemSink } from './problems.js';
import { readFlag, readText } from './read-text.js';
import { suggestClosest } from './suggest.js';
import {
  describeNode,
  positionOf,
  resolveNode,
  scalarText,
  type YamlContext,
} from './yaml-node.js';

const TERM_FIELDS = ['translations', 'keep', 'forms', 'note', 'caseSensitive'] as const;
const PIN_FIELDS = ['base', 'genitive'] as const;

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
        const guess = suggestClosest(fieldName, TERM_FIELDS);
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

function readTranslations(
  ctx: YamlContext,
  sink: ProblemSink,
  subject: string,
  node: unknown,
  term: GlossaryTerm,
): boolean {
  if (node == null || (scalarText(node).kind === 'null' && !isMap(node))) return true;
  if (!isMap(node)) {
    sink.error(
      'type',
      positionOf(ctx, node),
      `Could not read ${subject}: translations must be a map of language to text, found ${describeNode(node)}. Write translations: { en: …, de: … }`,
    );
    return false;
  }
  let ok = true;
  for (const pair of node.items) {
    const key = scalarText(pair.key);
    const code = key.kind === 'text' ? key.text : '';
    const lang = checkLanguageCode(code);
    if (!lang.ok) {
      sink.error(
        'language',
        positionOf(ctx, pair.key),
        `Could not read ${subject}: ${lang.why}. ${lang.fix}`,
      );
      ok = false;
      continue;
    }
    if (term.translations[lang.tag]) {
      sink.error(
        'duplicate',
        positionOf(ctx, pair.key),
        `Could not read ${subject}: the language ${lang.tag} is given twice in translations. Keep one`,
      );
      ok = false;
      continue;
    }
    const pin = readPin(ctx, sink, subject, `translations.${code}`, resolveNode(ctx, pair.value));
    if (pin) term.translations[lang.tag] = pin;
    else ok = false;
  }
  return ok;
}

function readPin(
  ctx: YamlContext,
  sink: ProblemSink,
  subject: string,
  what: string,
  node: unknown,
): PinnedForm | undefined {
  if (!isMap(node)) {
    const base = readText(ctx, sink, node, subject, what);
    return base === undefined ? undefined : { base };
  }
  let base: string | undefined;
  let genitive: string | undefined;
  let ok = true;
  for (const pair of node.items) {
    const key = scalarText(pair.key);
    const field = key.kind === 'text' ? key.text : '';
    const value = resolveNode(ctx, pair.value);
    if (field === 'base') base = readText(ctx, sink, value, subject, `${what}.base`) ?? undefined;
    else if (field === 'genitive')
      genitive = readText(ctx, sink, value, subject, `${what}.genitive`);
    else {
      const guess = suggestClosest(field, PIN_FIELDS);
      sink.error(
        'unknown-field',
        positionOf(ctx, pair.key),
        `Could not read ${subject}: unknown field ${JSON.stringify(field)} in ${what}. ${guess ? `Did you mean "${guess}"? ` : ''}A pinned form has base and genitive`,
      );
      ok = false;
    }
    if (
      (field === 'base' && base === undefined) ||
      (field === 'genitive' && genitive === undefined)
    )
      ok = false;
  }
  if (!ok) return undefined;
  if (base === undefined) {
    sink.error(
      'empty',
      positionOf(ctx, node),
      `Could not read ${subject}: ${what} has no base. Write ${what}: { base: …, genitive: … }`,
    );
    return undefined;
  }
  return genitive === undefined ? { base } : { base, genitive };
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
