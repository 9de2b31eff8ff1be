// The `translations:` map of a glossary term: language code → text, or { base, genitive }.

import { isMap } from 'yaml';
import { suggestName } from '../suggest.js';
import type { GlossaryTerm, PinnedForm } from '../types.js';
import { checkLanguageCode } from './language.js';
import type { ProblemSink } from './problems.js';
import { readText } from './read-text.js';
import {
  describeNode,
  positionOf,
  resolveNode,
  scalarText,
  type YamlContext,
} from './yaml-node.js';

const PIN_FIELDS = ['base', 'genitive'] as const;

/** Reads the translations into `term.translations`; false after reporting a problem. */
export function readTranslations(
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
      const guess = suggestName(field, PIN_FIELDS);
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
