import { describe, expect, it } from 'vitest';
import { escapeHref, escapeHtml } from '../../../src/review/html/escape-html.js';
import { renderReviewIndex, renderReviewPage } from '../../../src/review/html/index.js';
import { buildHostilePage, HOSTILE_SOURCE } from './hostile-page.js';

// Tags the renderer itself writes; anything else in the output came from the data.
const OWN_TAGS = new Set(
  'html head meta title style body a header h1 h2 h3 p span code main section ul li details summary form fieldset legend label input article table caption colgroup col thead tbody tr th td mark del ins div footer'.split(
    ' ',
  ),
);

function foreignTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((tag) => !OWN_TAGS.has(tag));
}

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Kinas "balanserade hållning" – å')).toBe(
      'Kinas &quot;balanserade hållning&quot; – å',
    );
  });

  it('keeps only relative and http(s) links', () => {
    expect(escapeHref('en/ns.html?a=1&b=2')).toBe('en/ns.html?a=1&amp;b=2');
    expect(escapeHref('https://example.test/x')).toBe('https://example.test/x');
    expect(escapeHref(' JavaScript:alert(1)')).toBe('#');
    expect(escapeHref('data:text/html,<b>')).toBe('#');
  });
});

describe('renderReviewPage escaping', () => {
  const html = renderReviewPage(buildHostilePage());

  it('writes no tag that came from the data', () => {
    expect(foreignTags(html)).toEqual([]);
    // The producer is a <style> tag; only the page's own stylesheet may be one.
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain('<p class="back"><a href="#">');
  });

  it('shows Swedish, translation, notes and messages as text', () => {
    expect(html).toContain(
      '&lt;script&gt;window.__pwned = 1&lt;/script&gt; <mark class="term" title="pinned: Putin&quot;&gt;&lt;script&gt;window.__pwned = 5&lt;/script&gt;. a &quot;note&quot; &amp; &lt;b&gt;bold&lt;/b&gt; &#39;x&#39;">Putin</mark>',
    );
    expect(html).toContain('&lt;iframe src=&quot;javascript');
    expect(html).toContain('data-key="k&quot;&lt;b&gt;"');
    expect(html).toContain('<title>Review &lt;ns&gt;&amp;&quot; (en): &lt;/title&gt;');
  });

  it('keeps attribute values closed: every quote inside one is escaped', () => {
    for (const [, value] of html.matchAll(/="([^"]*)"/g)) {
      expect(value).not.toMatch(/[<>]/);
    }
  });

  it('does not leave the source text unescaped anywhere', () => {
    expect(html).not.toContain(HOSTILE_SOURCE.slice(0, 8));
  });
});

describe('renderReviewIndex escaping', () => {
  it('escapes names and neutralises script links', () => {
    const html = renderReviewIndex(
      [
        {
          href: 'javascript:alert(1)',
          ns: '<script>alert(1)</script>',
          lang: 'en"',
          counts: { machine: 1, human: 0, manual: 0, stale: 0, missing: 0 },
          findings: { error: 0, warning: 0, info: 0 },
        },
      ],
      { title: '<b>Review</b> & more', base: '"><script>', generatedBy: '<i>tolk</i>' },
    );
    expect(foreignTags(html)).toEqual([]);
    expect(html).toContain('href="#"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h1>&lt;b&gt;Review&lt;/b&gt; &amp; more</h1>');
  });
});
