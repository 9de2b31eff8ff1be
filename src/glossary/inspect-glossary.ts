// Validates glossary.yaml text completely and returns every problem at once, so
// `tolk glossary check` can list them all; `parseGlossary` throws the first.

import { isMap, LineCounter, parseDocument } from 'yaml';
import type { SourcePosition } from '../errors.js';
import { suggestName } from '../suggest.js';
import type { Glossary, GlossaryTerm } from '../types.js';
import { coversTarget } from './language.js';
import { collectProblems, type GlossaryProblem, type ProblemSink } from './problems.js';
import { readTerm } from './read-term.js';
import { readText } from './read-text.js';
import { positionAt, positionOf, resolveNode, scalarText, type YamlContext } from './yaml-node.js';

export interface GlossaryOptions {
  /** The run's target locales (`en-GB`, `de`); translations none of them uses are warned about. */
  targets: readonly string[];
}

export interface GlossaryInspection {
  /** The valid terms (terms with errors are left out). */
  glossary: Glossary;
  errors: GlossaryProblem[];
  warnings: GlossaryProblem[];
}

export function inspectGlossary(
  yamlText: string,
  file: string,
  options: GlossaryOptions,
): GlossaryInspection {
  const sink = collectProblems();
  const glossary: Glossary = { file, terms: [] };
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const ctx: YamlContext = { file, doc, lines };
  for (const error of doc.errors) {
    const why = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    sink.error(
      'yaml',
      positionAt(ctx, error.pos[0]),
      `Could not read glossary: invalid YAML (${why}). Fix the YAML syntax here`,
    );
  }
  if (sink.errors.length > 0) return { glossary, ...sink };

  const root = doc.contents;
  if (root === null || scalarText(root).kind === 'null') return { glossary, ...sink };
  if (!isMap(root)) {
    sink.error(
      'type',
      positionOf(ctx, root),
      'Could not read glossary: the file must be a map with a "terms:" key. Start the file with terms:',
    );
    return { glossary, ...sink };
  }
  let termsNode: unknown;
  for (const pair of root.items) {
    const key = scalarText(pair.key);
    const name = key.kind === 'text' ? key.text : '';
    if (name === 'terms' && termsNode !== undefined) {
      sink.error(
        'duplicate',
        positionOf(ctx, pair.key),
        'Could not read glossary: "terms:" appears twice at the top level, and the second would hide the first. Merge them into one terms: map',
      );
    } else if (name === 'terms') termsNode = resolveNode(ctx, pair.value) ?? null;
    else {
      const guess = suggestName(name, ['terms']);
      sink.error(
        'unknown-field',
        positionOf(ctx, pair.key),
        `Could not read glossary: unknown top-level field ${JSON.stringify(name)}. ${guess ? 'Did you mean "terms"? ' : ''}The file has one field, terms:, a map of Swedish term to its entry`,
      );
    }
  }
  if (termsNode == null || scalarText(termsNode).kind === 'null') return { glossary, ...sink };
  if (!isMap(termsNode)) {
    sink.error(
      'type',
      positionOf(ctx, termsNode),
      'Could not read glossary: terms must be a map of Swedish term to its entry. Write terms: followed by indented entries such as "  Kina: { translations: { en: China } }"',
    );
    return { glossary, ...sink };
  }
  const claims = new Map<string, Claim[]>();
  for (const pair of termsNode.items) {
    const name = readText(ctx, sink, pair.key, 'glossary term', 'the term');
    if (name === undefined) continue;
    const read = readTerm(ctx, sink, name, pair);
    const keyPos = positionOf(ctx, pair.key);
    if (!read) continue;
    const { term, formPositions } = read;
    let unique = claimForm(sink, claims, term, term.term, keyPos, false);
    for (const [i, form] of term.forms.entries()) {
      unique = claimForm(sink, claims, term, form, formPositions[i] ?? keyPos, true) && unique;
    }
    if (unique) glossary.terms.push(term);
  }
  warnCoverage(sink, glossary.terms, options.targets, file);
  return { glossary, ...sink };
}

interface Claim {
  term: GlossaryTerm;
  form: string;
  position: SourcePosition;
  isForm: boolean;
}

/** Records `form` for `term`; reports and returns false when another entry already has it. */
function claimForm(
  sink: ProblemSink,
  claims: Map<string, Claim[]>,
  term: GlossaryTerm,
  form: string,
  position: SourcePosition,
  isForm: boolean,
): boolean {
  const key = form.toLowerCase();
  const prior = (claims.get(key) ?? []).find(
    (c) => c.form === form || !c.term.caseSensitive || !term.caseSensitive,
  );
  if (prior) {
    const where = `line ${prior.position.line ?? '?'}`;
    const what = prior.isForm
      ? `a form of the term ${JSON.stringify(prior.term.term)} (${where})`
      : `the term ${JSON.stringify(prior.term.term)} (${where})`;
    const subject = `glossary term ${JSON.stringify(term.term)}`;
    const same = prior.term === term;
    const message = isForm
      ? `Could not read ${subject}: the form ${JSON.stringify(form)} is already ${what}. ${same ? 'Remove the repeated form' : 'A form belongs to one term; remove it from one of them'}`
      : `Could not read ${subject}: it is already ${what}. Keep one entry (merge their translations and forms)`;
    sink.error('duplicate', position, message);
    return false;
  }
  claims.set(key, [...(claims.get(key) ?? []), { term, form, position, isForm }]);
  return true;
}

/** One warning per language, not per term: a 300-term glossary must not print 300 lines. */
function warnCoverage(
  sink: ProblemSink,
  terms: GlossaryTerm[],
  targets: readonly string[],
  file: string,
): void {
  if (targets.length === 0) return;
  const unused = new Map<string, GlossaryTerm[]>();
  const missing = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    for (const lang of Object.keys(term.translations)) {
      if (!targets.some((t) => coversTarget(lang, t)))
        unused.set(lang, [...(unused.get(lang) ?? []), term]);
    }
    if (term.keep) continue;
    for (const target of targets) {
      if (!Object.keys(term.translations).some((lang) => coversTarget(lang, target))) {
        missing.set(target, [...(missing.get(target) ?? []), term]);
      }
    }
  }
  const list = targets.join(', ');
  for (const [lang, owners] of unused) {
    sink.warn(
      'unused-language',
      termPosition(owners[0]!, file),
      `${count(owners)} ${owners.length === 1 ? 'has a translation' : 'have translations'} for ${lang}, which none of the targets (${list}) uses: ${names(owners)}. Add ${lang} to the targets, or remove these translations`,
    );
  }
  for (const [target, owners] of missing) {
    sink.warn(
      'missing-translation',
      termPosition(owners[0]!, file),
      `${count(owners)} ${owners.length === 1 ? 'has' : 'have'} no translation for ${target} and will not be pinned there: ${names(owners)}. Add translations.${target} (or translations for its language), or keep: true`,
    );
  }
}

function count(terms: GlossaryTerm[]): string {
  return terms.length === 1 ? '1 glossary term' : `${terms.length} glossary terms`;
}

function names(terms: GlossaryTerm[]): string {
  const shown = terms.slice(0, 5).map((t) => JSON.stringify(t.term));
  return terms.length > 5 ? `${shown.join(', ')} and ${terms.length - 5} more` : shown.join(', ');
}

function termPosition(term: GlossaryTerm, file: string): SourcePosition {
  return { file, line: term.line, column: term.column };
}
