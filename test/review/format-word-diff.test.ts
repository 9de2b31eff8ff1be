import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown } from '../../src/review/markdown/escape-markdown.js';
import { formatWordDiff } from '../../src/review/markdown/format-word-diff.js';

const MARK =
  /~~((?:\\.|[^~\\])*?)~~|<del>(.*?)<\/del>|\*\*((?:\\.|[^*\\])*?)\*\*|<strong>(.*?)<\/strong>/gs;

function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\(.)/gs, '$1')
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text a reader gets back by dropping one side's marks and keeping the other's. */
function side(markdown: string, keep: 'before' | 'after'): string {
  const out = markdown.replace(MARK, (_m, del1, del2, ins1, ins2) => {
    const deleted = del1 ?? del2;
    if (deleted !== undefined) return keep === 'before' ? deleted : '';
    return keep === 'after' ? (ins1 ?? ins2) : '';
  });
  return unescapeMarkdown(out).replace(/\s+/g, ' ').trim();
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('formatWordDiff', () => {
  it('strikes the old words and bolds the new ones, the rest as it is', () => {
    expect(formatWordDiff('Von Hand übersetzt.', 'Manuell übersetzt.')).toBe(
      '~~Von Hand~~ **Manuell** übersetzt.',
    );
    expect(formatWordDiff('Putin met Xi.', 'Putin met Xi Jinping.')).toBe(
      'Putin met Xi **Jinping**.',
    );
    expect(formatWordDiff('a b c', 'a c')).toBe('a ~~b~~ c');
    expect(formatWordDiff('same *text*', 'same *text*')).toBe('same \\*text\\*');
  });

  it('writes a mark as HTML where a Markdown delimiter would not open or close', () => {
    // `Kina**,** sa` does not render as bold: the run after a letter cannot open before a comma.
    expect(formatWordDiff('Kina sa det', 'Kina, sa det')).toBe('Kina<strong>,</strong> sa det');
    expect(formatWordDiff('Putin.', 'Putin!')).toBe('Putin<del>.</del> **!**');
  });

  it('shows a rewrite as the whole old text struck, then the whole new text', () => {
    expect(formatWordDiff('Ett helt annat skick.', 'Nothing in common here.')).toBe(
      '~~Ett helt annat skick.~~ **Nothing in common here.**',
    );
  });

  it('never lets text act as Markdown or HTML', () => {
    const out = formatWordDiff('a <b>x</b> | y', 'a <script>alert(1)</script> | $x$ _y_');
    expect(out).not.toMatch(/<(?!\/?(del|strong)>)/);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('\\|');
    expect(out).toContain('\\$x\\$');
    expect(out).toContain('\\_y\\_');
  });

  it('gives back both texts: drop the struck parts for the new, the bold parts for the old', () => {
    const word = fc.constantFrom(
      'Putin',
      'Kina',
      'möte',
      '*x*',
      '_y_',
      '~z~',
      '`c`',
      '[l](u)',
      'a|b',
      '<i>',
      '&amp;',
      '$5',
      '\\',
      ',',
      '.',
      '–',
      '"',
      'Xi-Jinping',
    );
    const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const out = formatWordDiff(before, after);
        expect(side(out, 'after')).toBe(squash(after));
        expect(side(out, 'before')).toBe(squash(before));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeMarkdown and codeSpan', () => {
  it('escapes inline syntax and folds line breaks', () => {
    expect(escapeMarkdown('a*b_c~d`e[f]g|h$i\\j<k>&')).toBe(
      'a\\*b\\_c\\~d\\`e\\[f\\]g\\|h\\$i\\\\j&lt;k&gt;&amp;',
    );
    expect(escapeMarkdown('one\ntwo')).toBe('one<br>two');
  });

  it('fences a code span longer than any backtick run inside', () => {
    expect(codeSpan('p-key')).toBe('`p-key`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});
