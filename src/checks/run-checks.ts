// Runs the catalogue over a set of locale files: file checks, then every key's checks, then the
// checks across a language. Pure: the caller loads the files.

import type { Finding, Severity } from '../types.js';
import { CHECKS } from './catalogue.js';
import { createAnalyse, createMemo } from './memo.js';
import { familyId, findPluralFamilies, parsePluralKey, pluralKeyOf } from './plural-keys.js';
import type { Check, CheckEntry, CheckFile, CheckRun, EntryCheck, Memo } from './types.js';

/**
 * Pseudo-localised text is a layout test, not a language: checks that judge the language of a
 * translation would flag every such value, so they skip values the lock says pseudo made.
 */
const NOT_FOR_PSEUDO = new Set([
  'untranslated',
  'wrong-language',
  'end-punctuation',
  'length',
  'whitespace',
  'doubled-word',
]);

function severityOf(check: Check, run: CheckRun): Severity | 'off' {
  return run.settings?.[check.id] ?? check.severity;
}

/**
 * A finding at a key of a file (its path relative to the project, the key's line when known).
 * Built field by field rather than with spreads (a copy per finding): the fields keep the order
 * the reports print.
 */
export function findingAt(
  check: Check,
  run: CheckRun,
  at: {
    lang: string;
    ns: string;
    key: string;
    file?: string | undefined;
    line?: number | undefined;
  },
  message: string,
): Finding {
  const finding: Finding = {
    lang: at.lang,
    ns: at.ns,
    key: at.key,
    check: check.id,
    severity: severityOf(check, run) as Severity,
    message,
  };
  if (at.file) finding.file = at.file;
  if (at.line !== undefined) finding.line = at.line;
  return finding;
}

function findingOf(
  lang: string,
  ns: string,
  key: string,
  check: Check,
  run: CheckRun,
  message: string,
  file: CheckFile | undefined,
): Finding {
  return findingAt(
    check,
    run,
    { lang, ns, key, file: file?.file, line: file?.lines?.get(key) },
    message,
  );
}

/** The source text a target key translates; for plural forms the source's same or `_other` form. */
function sourceFor(
  file: CheckFile,
  key: string,
  families: Set<string>,
): { text: string; plural: boolean } | undefined {
  const direct = file.source.get(key);
  // Only keys with an underscore can be plural forms; most keys are not.
  if (!key.includes('_')) return direct === undefined ? undefined : { text: direct, plural: false };
  const parsed = parsePluralKey(key);
  const plural = parsed !== undefined && families.has(familyId(parsed.base, parsed.ordinal));
  if (direct !== undefined) return { text: direct, plural };
  if (!parsed || !plural) return undefined;
  const other = file.source.get(pluralKeyOf(parsed.base, parsed.ordinal, 'other'));
  return other === undefined ? undefined : { text: other, plural };
}

/** The findings of the text-only checks for one translation of a source text, kept for repeats. */
interface SharedFindings {
  lang: string;
  target: string;
  plural: boolean;
  pseudo: boolean;
  /** By position in the file's entry checks; a hole where a check found nothing or did not run. */
  messages: (string[] | undefined)[];
}

/**
 * Translations of one source kept with their findings. A source has few distinct translations
 * (one per language, unless people edit them), so they are searched in a short list; past this
 * many the rest are checked without being kept.
 */
const SHARED_PER_SOURCE = 16;

const NONE: readonly string[] = [];

function findShared(
  shared: readonly SharedFindings[],
  lang: string,
  target: string,
  plural: boolean,
  pseudo: boolean,
): SharedFindings | undefined {
  for (const found of shared) {
    if (
      found.lang === lang &&
      found.target === target &&
      found.plural === plural &&
      found.pseudo === pseudo
    ) {
      return found;
    }
  }
  return undefined;
}

/**
 * What each entry check asks of the loop, read once per run: the checks are objects of several
 * shapes, and reading their fields for every entry was a good part of the loop's own time. Made
 * once rather than per file, the arrays also keep one shape, which the optimised loop relies on.
 */
interface EntryPlan {
  checks: EntryCheck[];
  textOnly: boolean[];
  runOnEmpty: boolean[];
  notForPseudo: boolean[];
}

function planEntryChecks(run: CheckRun): EntryPlan {
  const checks = CHECKS.filter((c): c is EntryCheck => c.scope === 'entry' && isEnabled(c, run));
  return {
    checks,
    textOnly: checks.map((c) => Boolean(c.textOnly)),
    runOnEmpty: checks.map((c) => Boolean(c.runOnEmpty)),
    notForPseudo: checks.map((c) => NOT_FOR_PSEUDO.has(c.id)),
  };
}

function checkEntries(
  file: CheckFile,
  run: CheckRun,
  memo: Memo,
  plan: EntryPlan,
  emit: (check: Check, key: string, message: string) => void,
) {
  const target = file.target;
  if (!target) return;
  const { checks: entryChecks, textOnly, runOnEmpty, notForPseudo } = plan;
  const families = new Set(findPluralFamilies(file.source.keys()).keys());
  for (const [key, value] of target) {
    const source = sourceFor(file, key, families);
    if (!source) continue;
    const entry: CheckEntry = {
      lang: file.lang,
      sourceLang: run.sourceLang,
      ns: file.ns,
      key,
      source: source.text,
      target: value,
      plural: source.plural,
      lock: file.lock?.[key],
      glossary: run.glossary,
      memo,
      analyse: createAnalyse(memo, source.text, run.sourceLang, value, file.lang),
    };
    const empty = value.trim() === '';
    const pseudo = entry.lock?.by === 'pseudo';
    // A newsroom repeats credits, boilerplate and stock sentences thousands of times: checks that
    // read only the texts judge each pair of source and translation once per language.
    const shared = entry.analyse('source', 'shared-findings', (): SharedFindings[] => []);
    const known = findShared(shared, file.lang, value, source.plural, pseudo);
    const made: SharedFindings | undefined =
      known || shared.length >= SHARED_PER_SOURCE
        ? undefined
        : { lang: file.lang, target: value, plural: source.plural, pseudo, messages: [] };
    for (let i = 0; i < entryChecks.length; i++) {
      if (empty && !runOnEmpty[i]) continue;
      if (pseudo && notForPseudo[i]) continue;
      const check = entryChecks[i]!;
      const messages = known && textOnly[i] ? (known.messages[i] ?? NONE) : check.check(entry);
      if (made && textOnly[i] && messages.length > 0) made.messages[i] = [...messages];
      for (const message of messages) emit(check, key, message);
    }
    if (made) shared.push(made);
  }
}

/** Indices of the run's files, grouped by namespace in the order namespaces first appear. */
function groupByNamespace(files: readonly CheckFile[]): number[][] {
  const groups = new Map<string, number[]>();
  files.forEach((file, index) => {
    const group = groups.get(file.ns);
    if (group) group.push(index);
    else groups.set(file.ns, [index]);
  });
  return [...groups.values()];
}

/** The distinct source maps of some files (languages of one namespace share theirs). */
function sourcesOf(files: readonly CheckFile[], indices: readonly number[]) {
  return new Set(indices.map((index) => files[index]!.source));
}

/** Whether a check runs in this run: its configured severity is not `off`. */
export function isEnabled(check: Check, run: CheckRun): boolean {
  return severityOf(check, run) !== 'off';
}

/** Called around the checks of files: a caller may read a file only for them (`collectLazyCheckRun`). */
export interface FileHooks {
  open(file: CheckFile): void;
  /** After the files of one namespace, every language's, are checked; `findings` by file. */
  close(files: CheckFile[], findings: Finding[][]): void;
  /** Before a namespace's files: false leaves them unchecked (another thread checks them). */
  claim?(ns: string): boolean;
}

/**
 * The findings of the file and entry checks, file by file in the run's file order and, per key,
 * in catalogue order.
 */
export function runFileChecks(run: CheckRun, hooks?: FileHooks): Finding[][] {
  const steps = fileCheckSteps(run, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `runFileChecks` a namespace at a time: each step checks one namespace's files (or passes over
 * one another thread claimed), so a caller may do other work between them.
 */
export function* fileCheckSteps(run: CheckRun, hooks?: FileHooks): Generator<void, Finding[][]> {
  const memo = createMemo();
  const plan = planEntryChecks(run);
  // Namespace by namespace, every language of one before the next: the work kept for a source
  // text (its analyses, its translations' findings) can then be let go once the last namespace
  // holding it is checked, which keeps thousands of articles in bounded memory. Findings are
  // gathered per file and come out in file order as before.
  const groups = groupByNamespace(run.files);
  const lastGroup = new Map<string, number>();
  groups.forEach((indices, group) => {
    for (const source of sourcesOf(run.files, indices)) {
      for (const text of source.values()) lastGroup.set(text, group);
    }
  });
  const perFile: Finding[][] = run.files.map(() => []);
  for (const [group, indices] of groups.entries()) {
    yield;
    if (hooks?.claim && !hooks.claim(run.files[indices[0]!]!.ns)) continue;
    for (const index of indices) {
      const file = run.files[index]!;
      const found = perFile[index]!;
      hooks?.open(file);
      const emit = (check: Check, key: string, message: string) => {
        found.push(findingOf(file.lang, file.ns, key, check, run, message, file));
      };
      for (const check of CHECKS) {
        if (check.scope !== 'file' || !isEnabled(check, run)) continue;
        for (const { key, message } of check.check(file, run)) emit(check, key, message);
      }
      checkEntries(file, run, memo, plan, emit);
    }
    for (const source of sourcesOf(run.files, indices)) {
      for (const text of source.values()) {
        if (lastGroup.get(text) === group) memo.forget('source', text);
      }
    }
    hooks?.close(
      indices.map((index) => run.files[index]!),
      indices.map((index) => perFile[index]!),
    );
  }
  return perFile;
}

/**
 * Every finding over the run's files: those of files and entries in file order, then those of the
 * checks across a language, check by check and within a check language by language.
 */
export function runChecks(run: CheckRun): Finding[] {
  const findings = runFileChecks(run).flat();
  // Thousands of files per language: group them and find a finding's file by map, never by scan.
  const byLang = new Map<string, { files: CheckFile[]; byNs: Map<string, CheckFile> }>();
  for (const file of run.files) {
    let group = byLang.get(file.lang);
    if (!group) {
      group = { files: [], byNs: new Map() };
      byLang.set(file.lang, group);
    }
    group.files.push(file);
    // The first file of a namespace, as a search from the start would find.
    if (!group.byNs.has(file.ns)) group.byNs.set(file.ns, file);
  }
  for (const check of CHECKS) {
    if (check.scope !== 'language' || !isEnabled(check, run)) continue;
    for (const [lang, { files, byNs }] of byLang) {
      for (const { ns, key, message } of check.check(files, run)) {
        findings.push(findingOf(lang, ns, key, check, run, message, byNs.get(ns)));
      }
    }
  }
  return findings;
}
