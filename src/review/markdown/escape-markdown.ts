// Text from translators goes into a PR comment: it must read as text, never as Markdown or HTML.

/** Backslash-escapes Markdown punctuation, encodes `<`, `>`, `&`, and folds line breaks. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // User text never starts a line here, so only inline syntax needs escaping ($ starts math on GitHub).
      .replace(/[\\`*_~[\]|$]/g, (c) => `\\${c}`)
      .replace(/\r?\n/g, '<br>')
  );
}

/** An inline code span that holds any text: the fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
