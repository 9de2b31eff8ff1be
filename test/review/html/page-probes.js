// Functions that run inside the browser page (passed to page.evaluate). Plain JS because the
// project's tsconfig has no DOM lib; their types are in page-probes.d.ts.

// Each function is serialised on its own by page.evaluate, so none may use a module-level helper.

export function readRows() {
  const visible = (el) => {
    if (!el) return '';
    const clone = el.cloneNode(true);
    for (const hidden of clone.querySelectorAll('.vh, .cell-lang')) hidden.remove();
    return clone.textContent ?? '';
  };
  const terms = (cell) =>
    [...(cell?.querySelectorAll('mark.term') ?? [])].map((m) => ({
      text: m.textContent ?? '',
      title: m.getAttribute('title') ?? '',
    }));
  const box = (el) => {
    const r = el?.getBoundingClientRect();
    return {
      top: r?.top ?? Number.NaN,
      left: r?.left ?? Number.NaN,
      right: r?.right ?? Number.NaN,
    };
  };
  return [...document.querySelectorAll('.review tr.seg')].map((row) => ({
    key: row.getAttribute('data-key') ?? '',
    source: visible(row.querySelector('td.src .text')),
    target: visible(row.querySelector('td.tgt .text')),
    status: visible(row.querySelector('.badge.status')),
    findings: [...row.querySelectorAll('.finding')].map(visible),
    srcTerms: terms(row.querySelector('td.src')),
    tgtTerms: terms(row.querySelector('td.tgt')),
    src: box(row.querySelector('td.src .text')),
    tgt: box(row.querySelector('td.tgt .text')),
    visible: row.getBoundingClientRect().height > 0,
  }));
}

export function measureOverflow() {
  const rights = [...document.querySelectorAll('body *')].map(
    (e) => e.getBoundingClientRect().right,
  );
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    widest: Math.max(0, ...rights),
  };
}

/** Computed styles a test compares between schemes, media and elements. */
export function readStyles() {
  const style = (sel) => {
    const el = document.querySelector(sel);
    return el ? getComputedStyle(el) : undefined;
  };
  const box = style('tbody.b-factbox-title td.src');
  return {
    body: style('body')?.backgroundColor ?? '',
    mark: style('.review mark.term')?.backgroundColor ?? '',
    markCell: style('.review td:has(mark.term)')?.backgroundColor ?? '',
    filters: style('.filters')?.display ?? '',
    rowBreak: style('tr.seg')?.breakInside ?? '',
    factbox: {
      top: box?.borderTopStyle ?? '',
      side: box?.borderLeftStyle ?? '',
      background: box?.backgroundColor ?? '',
    },
  };
}

export function readCellLangs() {
  return {
    src: [...document.querySelectorAll('td.src')].map((td) => td.getAttribute('lang') ?? ''),
    tgt: [...document.querySelectorAll('td.tgt')].map((td) => td.getAttribute('lang') ?? ''),
  };
}

/** The visible words of a row's deletions and insertions. */
export function readDiff(rowSelector) {
  const row = document.querySelector(rowSelector);
  const texts = (sel) =>
    [...(row?.querySelectorAll(sel) ?? [])].map((e) => {
      const clone = e.cloneNode(true);
      for (const hidden of clone.querySelectorAll('.vh')) hidden.remove();
      return clone.textContent ?? '';
    });
  return { del: texts('del'), ins: texts('ins') };
}

/** What an injection would have left behind, and what the first row shows. */
export function readInjection() {
  const visible = (el) => {
    if (!el) return '';
    const clone = el.cloneNode(true);
    for (const hidden of clone.querySelectorAll('.vh, .cell-lang')) hidden.remove();
    return clone.textContent ?? '';
  };
  return {
    pwned: window.__pwned,
    injected: document.querySelectorAll('script, img, iframe, svg, body style, b, i').length,
    source: visible(document.querySelector('td.src .text')),
    target: visible(document.querySelector('td.tgt .text')),
    title: document.title,
    bodyShown: getComputedStyle(document.body).display,
  };
}

/** Every visible text against the background it is drawn on, by WCAG 2 AA (4.5:1, large text 3:1). */
export function findContrastFailures() {
  const parse = (css) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (rgb) => {
    const [r, g, b] = rgb.slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backgroundOf = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      const alpha = parse(bg)[3];
      if (alpha === undefined || alpha > 0) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const failures = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
    if (!own || el.closest('.vh, [aria-hidden="true"]')) continue;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (rect.width < 2 || rect.height < 2 || style.visibility === 'hidden') continue;
    const background = backgroundOf(el);
    const l1 = luminance(parse(style.color));
    const l2 = luminance(parse(background));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = Number.parseFloat(style.fontSize);
    const needed = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
    if (ratio < needed) {
      const text = (el.textContent ?? '').trim().slice(0, 40);
      failures.push({ text, ratio, needed, color: style.color, background });
    }
  }
  return failures;
}

/** Content poking out of its table cell sideways, where it would cover the other language. */
export function findCellSpills() {
  const spills = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const outer = cell.getBoundingClientRect();
    if (outer.width === 0) continue;
    for (const el of cell.querySelectorAll('*')) {
      if (el.closest('.vh')) continue;
      const inner = el.getBoundingClientRect();
      const by = Math.max(inner.right - outer.right, outer.left - inner.left);
      if (inner.width > 0 && by > 1) {
        spills.push({ text: (el.textContent ?? '').slice(0, 40), cell: cell.className, by });
      }
    }
  }
  return spills;
}
