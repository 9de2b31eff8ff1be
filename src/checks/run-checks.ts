// Runs the catalogue over a set of locale files: file checks, then every key's checks, then the
// checks across a language. Pure: the caller loads the files.

import type { Finding, Severity } from '../types.js';
import { CHECKS } from './catalogue.js';
import { createAnalyse, createMemo } from './memo.js';
import { familyId, findPluralFamilies, parsePluralKey, pluralKeyOf } from './plural-keys.js';
import type { Check, CheckEntry, CheckFile, CheckRun, Memo } from './types.js';

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

function checkEntries(
  file: CheckFile,
  run: CheckRun,
  memo: Memo,
  emit: (check: Check, key: string, message: string) => void,
) {
  const target = file.target;
  if (!target) return;
  const entryChecks = CHECKS.filter((c) => c.scope === 'entry' && severityOf(c, run) !== 'off');
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
    for (const check of entryChecks) {
      if (check.scope !== 'entry' || (empty && !check.runOnEmpty)) continue;
      if (pseudo && NOT_FOR_PSEUDO.has(check.id)) continue;
      for (const message of check.check(entry)) emit(check, key, message);
    }
  }
}

/** Every finding over the run's files, in file order and, per key, in catalogue order. */
export function runChecks(run: CheckRun): Finding[] {
  const findings: Finding[] = [];
  const memo = createMemo();
  const enabled = (check: Check) => severityOf(check, run) !== 'off';
  for (const file of run.files) {
    const emit = (check: Check, key: string, message: string) => {
      const line = file.lines?.get(key);
      findings.push({
        lang: file.lang,
        ns: file.ns,
        key,
        check: check.id,
        severity: severityOf(check, run) as Severity,
        message,
        ...(file.file ? { file: file.file } : {}),
        ...(line !== undefined ? { line } : {}),
      });
    };
    for (const check of CHECKS) {
      if (check.scope !== 'file' || !enabled(check)) continue;
      for (const { key, message } of check.check(file, run)) emit(check, key, message);
    }
    checkEntries(file, run, memo, emit);
  }
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
    if (check.scope !== 'language' || !enabled(check)) continue;
    for (const [lang, { files, byNs }] of byLang) {
      for (const { ns, key, message } of check.check(files, run)) {
        const file = byNs.get(ns);
        const line = file?.lines?.get(key);
        findings.push({
          lang,
          ns,
          key,
          check: check.id,
          severity: severityOf(check, run) as Severity,
          message,
          ...(file?.file ? { file: file.file } : {}),
          ...(line !== undefined ? { line } : {}),
        });
      }
    }
  }
  return findings;
}
