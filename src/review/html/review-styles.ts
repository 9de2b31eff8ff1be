// The page's only stylesheet, inlined. Colours are plain hex so the contrast test can read them back.

const COLORS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1b; --muted: #545454; --rule: #c4c4c4; --link: #0b57d0;
  --box-bg: #f2f4f7; --box-rule: #7d8796; --mark-bg: #fff0a0; --mark-fg: #1b1b1b;
  --machine-bg: #e3ecfb; --machine-fg: #123f8c; --human-bg: #dcf2e2; --human-fg: #14562a;
  --manual-bg: #eee3fb; --manual-fg: #55268a; --stale-bg: #ffeed2; --stale-fg: #713c00;
  --missing-bg: #fde2e1; --missing-fg: #941b1b; --change-bg: #e6e6e6; --change-fg: #1b1b1b;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #121417; --fg: #e6e6e6; --muted: #aab1ba; --rule: #3d434b; --link: #8ab4f8;
    --box-bg: #1b2028; --box-rule: #66748a; --mark-bg: #594700; --mark-fg: #fff4c7;
    --machine-bg: #15294a; --machine-fg: #bcd5ff; --human-bg: #123420; --human-fg: #afe9c0;
    --manual-bg: #2e1c46; --manual-fg: #ddc8ff; --stale-bg: #3d2904; --stale-fg: #ffd89c;
    --missing-bg: #481414; --missing-fg: #ffc4c2; --change-bg: #33383f; --change-fg: #f0f0f0;
  }
}`;

const BASE = `
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
.vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.skip { position: absolute; left: -100vw; }
.skip:focus { left: 0.5rem; top: 0.5rem; background: var(--bg); padding: 0.5rem; z-index: 2; }
.page-header, main, .page-footer { max-width: 96rem; margin: 0 auto; padding: 0 1rem; }
.page-header h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.25rem; }
.sub, .back, .page-footer { color: var(--muted); margin: 0.25rem 0; }
h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; padding: 0; margin: 0.4rem 0; }
.badge { display: inline-block; padding: 0 0.4em; border-radius: 0.3em; font-size: 0.8rem; font-weight: 600; line-height: 1.5; white-space: nowrap; }
.status-machine.badge { background: var(--machine-bg); color: var(--machine-fg); }
.status-human.badge { background: var(--human-bg); color: var(--human-fg); }
.status-manual.badge { background: var(--manual-bg); color: var(--manual-fg); }
.status-stale.badge { background: var(--stale-bg); color: var(--stale-fg); }
.status-missing.badge { background: var(--missing-bg); color: var(--missing-fg); }
.badge.change { background: var(--change-bg); color: var(--change-fg); border: 1px solid var(--muted); }
.sev-error .sev { background: var(--missing-bg); color: var(--missing-fg); }
.sev-warning .sev { background: var(--stale-bg); color: var(--stale-fg); }
.sev-info .sev { background: var(--machine-bg); color: var(--machine-fg); }
mark.term { background: var(--mark-bg); color: var(--mark-fg); border-bottom: 2px dotted currentColor; padding: 0 0.1em; cursor: help; }
.filters fieldset { border: 1px solid var(--rule); border-radius: 0.4rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 1rem 0; }
.filters legend { padding: 0 0.3rem; font-weight: 600; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; font-weight: 600; }
.summary .findings .at { color: var(--muted); }
.terms ul { padding-inline-start: 1.2rem; margin: 0.3rem 0; }
.note { color: var(--muted); }`;

const TABLE = `
.review { table-layout: fixed; border-collapse: separate; border-spacing: 1rem 0; margin: 0 -1rem; width: calc(100% + 2rem); }
.review .col-meta { width: 10rem; }
.review thead th { position: sticky; top: 0; z-index: 1; background: var(--bg); text-align: start; font-size: 0.9rem; padding: 0.4rem 0; border-bottom: 2px solid var(--rule); }
.review td { vertical-align: top; padding: 0.15rem 0; overflow-wrap: anywhere; }
.review tbody > tr:first-child > td { padding-top: 0.9rem; }
.review td.meta { font-size: 0.8rem; color: var(--muted); line-height: 1.4; border-inline-start: 4px solid transparent; padding-inline-start: 0.4rem; }
.review td.meta > * { margin-inline-end: 0.25rem; }
.review td.meta .badge { white-space: normal; overflow-wrap: anywhere; }
.review .kind { display: block; font-weight: 600; }
.review .key { display: block; }
.seg.status-human td.meta { border-inline-start-color: var(--human-fg); }
.seg.status-manual td.meta { border-inline-start-color: var(--manual-fg); }
.seg.status-stale td.meta { border-inline-start-color: var(--stale-fg); }
.seg.status-missing td.meta { border-inline-start-color: var(--missing-fg); }
.seg.has-findings td.tgt { box-shadow: inset 3px 0 0 var(--missing-fg); padding-inline-start: 0.5rem; }
.cell-lang { display: none; }
.missing-text { font-style: italic; color: var(--missing-fg); }
.k-headline { display: block; font-size: 1.55rem; font-weight: 700; line-height: 1.25; }
.k-lede { display: block; font-size: 1.1rem; font-weight: 600; }
.k-caption { font-style: italic; }
.k-credit, .k-timestamp, .k-source, .k-boilerplate { font-size: 0.9rem; color: var(--muted); }
.k-dateline { font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; font-size: 0.9rem; }
.k-subheading { display: block; font-size: 1.15rem; font-weight: 700; }
.k-factbox-title { display: block; font-weight: 700; }
.k-source { font-style: italic; }
tbody.b-boilerplate > tr:first-child > td.src, tbody.b-boilerplate > tr:first-child > td.tgt { border-top: 1px dashed var(--rule); }
tbody.box td.src, tbody.box td.tgt { background: var(--box-bg); padding-inline: 0.75rem; border-inline: 1px solid var(--box-rule); }
tbody.box-start > tr:first-child > td.src, tbody.box-start > tr:first-child > td.tgt { border-top: 1px solid var(--box-rule); }
tbody.box-end > tr:last-child > td.src, tbody.box-end > tr:last-child > td.tgt { border-bottom: 1px solid var(--box-rule); padding-bottom: 0.75rem; }
tbody.box:not(.box-start) > tr:first-child > td { padding-top: 0.5rem; }
.diff { margin: 0.3rem 0; padding: 0.2rem 0.4rem; border-inline-start: 3px solid var(--rule); font-size: 0.9rem; }
.diff-label { font-weight: 600; color: var(--muted); }
del { background: var(--missing-bg); color: var(--missing-fg); text-decoration: line-through; }
ins { background: var(--human-bg); color: var(--human-fg); text-decoration: underline; }
.findings { list-style: none; padding: 0; margin: 0.3rem 0; font-size: 0.9rem; }
.finding { margin: 0.15rem 0; }
.finding .check { font-weight: 600; }
.repeat { display: block; font-style: italic; }`;

// Filters: radio buttons decide which rows stay, with :has() instead of a script.
const FILTERS = ['findings:has-findings', 'changed:changed', 'attention:attention']
  .map((pair) => {
    const [id, cls] = pair.split(':');
    return `body:has(#show-${id}:checked) .review tr.seg:not(.${cls}), body:has(#show-${id}:checked) .review tbody:not(:has(.${cls})) { display: none; }`;
  })
  .join('\n');

// Below ~48rem the columns stack per segment: labels first, then Swedish, then the translation.
const NARROW = `
@media (max-width: 48rem) {
  .review, .review thead, .review tbody, .review tr, .review td { display: block; }
  .review { margin: 0; width: 100%; border-spacing: 0; }
  .review thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .review tbody { padding: 0.6rem 0; border-bottom: 1px solid var(--rule); }
  .review tbody > tr:first-child > td { padding-top: 0.15rem; }
  .review tr.seg { padding: 0.35rem 0; }
  .k-headline { font-size: 1.3rem; }
  .review td.meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.4rem; }
  .review .kind, .review .key { display: inline; }
  .cell-lang { display: inline-block; min-width: 2.2em; margin-inline-end: 0.4rem; font-size: 0.75rem; font-weight: 700; color: var(--muted); text-transform: uppercase; }
  tbody.box { background: var(--box-bg); border: 1px solid var(--box-rule); padding: 0.5rem 0.75rem; }
  tbody.box td.src, tbody.box td.tgt { border: 0 !important; padding-inline: 0; }
  tbody.box + tbody.box { border-top: 0; }
  .review .col-meta { width: auto; }
}`;

const PRINT = `
@media print {
  :root { --fg: #000000; --muted: #404040; --link: #000000; }
  body { font-size: 10pt; }
  .filters, .skip, .back { display: none; }
  .review thead th { position: static; }
  .review tr.seg { break-inside: avoid; }
  .review .col-meta { width: 7rem; }
  details:not([open]) > :not(summary) { display: none; }
  .badge, mark.term, del, ins, tbody.box td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

export const REVIEW_STYLES = [COLORS, BASE, TABLE, FILTERS, NARROW, PRINT].join('\n');
