// One changed key as Markdown: its Swedish, a row per language with the word diff and who made
// it, and the findings on it.

import type { Finding } from '../../types.js';
import type { KeyReview, TranslationChange } from '../types.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';
import { formatWordDiff } from './format-word-diff.js';

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

export function formatKey(key: KeyReview, sourceLang: string): string {
  const renamed =
    key.renamedFrom === undefined ? '' : ` (renamed from ${codeSpan(key.renamedFrom)})`;
  const heading = `#### ${codeSpan(key.key)} · ${key.change}${renamed}${key.kind ? ` · ${key.kind}` : ''}`;
  const lines = [heading, '', `**${sourceLang}** ${formatSource(key)}`, ''];
  const rows = key.translations.filter((t) => key.change !== 'unchanged' && shows(t, key));
  if (rows.length > 0) {
    lines.push('| | translation | by |', '|---|---|---|');
    for (const t of rows) {
      lines.push(`| **${escapeMarkdown(t.lang)}** | ${formatValue(t)} | ${formatProducer(t)} |`);
    }
    lines.push('');
  }
  const findings = key.translations.flatMap((t) => t.findings);
  if (findings.length > 0) {
    lines.push(...findings.map(formatFinding), '');
  }
  return `${lines.join('\n')}\n`;
}

/** Every language of a changed key shows, so the reader sees what stayed next to what moved. */
function shows(t: TranslationChange, key: KeyReview): boolean {
  return key.change !== 'removed' || t.before !== undefined;
}

function formatSource(key: KeyReview): string {
  if (key.source === undefined)
    return key.sourceBefore === undefined ? '' : strike(key.sourceBefore);
  if (key.sourceBefore === undefined) {
    return escapeMarkdown(key.source);
  }
  return `${formatWordDiff(key.sourceBefore, key.source)} *(Swedish changed)*`;
}

function formatValue(t: TranslationChange): string {
  if (t.after === undefined) return t.before === undefined ? '*(missing)*' : strike(t.before);
  if (t.before === undefined) return escapeMarkdown(t.after);
  return t.before === t.after ? escapeMarkdown(t.after) : formatWordDiff(t.before, t.after);
}

function formatProducer(t: TranslationChange): string {
  if (t.after === undefined && t.before === undefined) return 'missing';
  const now = t.after === undefined ? 'removed' : labelOf(t.by, t.edited);
  const then = t.before === undefined ? undefined : labelOf(t.byBefore, undefined);
  const who = then === undefined || then === now ? now : `${then} → ${now}`;
  const state =
    t.state === 'stale'
      ? ' · ⏳ **stale**: the Swedish changed under this human translation'
      : t.state === 'outdated'
        ? ' · outdated: the next `tolk translate` replaces it'
        : '';
  return `${who}${state}`;
}

function labelOf(by: string | undefined, edited: true | undefined): string {
  if (by === undefined) return '—';
  return edited ? 'human (edited; not in the lock yet)' : escapeMarkdown(by);
}

function formatFinding(f: Finding): string {
  return `- ${ICON[f.severity]} **${escapeMarkdown(f.lang)}** ${codeSpan(f.check)}: ${escapeMarkdown(f.message)}`;
}

function strike(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `~~${escapeMarkdown(trimmed)}~~`;
}
