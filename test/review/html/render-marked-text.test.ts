import { describe, expect, it } from 'vitest';
import { renderMarkedText, selectTerms } from '../../../src/review/html/render-marked-text.js';

describe('renderMarkedText', () => {
  it('wraps each term in a mark whose title gives the pinned form and note', () => {
    const html = renderMarkedText('Kinas Xi Jinping', [
      { start: 0, end: 5, pinned: "China's" },
      { start: 6, end: 16, pinned: 'Xi Jinping', note: 'Family name first' },
    ]);
    expect(html).toBe(
      '<mark class="term" title="pinned: China&#39;s">Kinas</mark><span class="vh"> (glossary term, pinned: China&#39;s)</span> ' +
        '<mark class="term" title="pinned: Xi Jinping. Family name first">Xi Jinping</mark><span class="vh"> (glossary term, pinned: Xi Jinping. Family name first)</span>',
    );
  });

  it('skips terms outside the text and terms overlapping an earlier, longer one', () => {
    const text = 'Vladimir Putin';
    const kept = selectTerms(text, [
      { start: 9, end: 14, pinned: 'Putin' },
      { start: 0, end: 14, pinned: 'Vladimir Putin' },
      { start: 10, end: 99, pinned: 'out of range' },
      { start: -1, end: 2, pinned: 'negative' },
      { start: 3, end: 3, pinned: 'empty' },
    ]);
    expect(kept.map((t) => t.pinned)).toEqual(['Vladimir Putin']);
  });

  it('keeps the text unchanged apart from the marks', () => {
    const text = 'SCO:s möte & "Samarkand" <b>';
    const html = renderMarkedText(text, [{ start: 0, end: 5, pinned: "SCO's" }]);
    const shown = html.replace(/<span class="vh">.*?<\/span>/g, '').replace(/<\/?mark[^>]*>/g, '');
    expect(shown).toBe('SCO:s möte &amp; &quot;Samarkand&quot; &lt;b&gt;');
  });
});
