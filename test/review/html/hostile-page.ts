// A page whose every text field tries to become markup.

import type { ReviewPage } from '../../../src/review/html/model.js';

export const HOSTILE_SOURCE = `<script>window.__pwned = 1</script> Putin säger "hej" & 'adjö' </td></tr>`;
export const HOSTILE_TARGET = `<img src=x onerror="window.__pwned = 2"> Putin says "hi" & 'bye'`;

export function buildHostilePage(): ReviewPage {
  const finding = {
    lang: 'en',
    ns: 'n<s',
    key: 'k"<b>',
    check: '<svg onload="window.__pwned = 3">',
    severity: 'error' as const,
    message: '<iframe src="javascript:window.__pwned = 4"></iframe> & "quoted"',
  };
  const putinSv = HOSTILE_SOURCE.indexOf('Putin');
  const putinEn = HOSTILE_TARGET.indexOf('Putin');
  const term = {
    pinned: 'Putin"><script>window.__pwned = 5</script>',
    note: `a "note" & <b>bold</b> 'x'`,
  };
  return {
    ns: '<ns>&"',
    lang: 'en',
    sourceLang: 'sv',
    title: '</title><script>window.__pwned = 6</script>',
    base: 'main"><script>window.__pwned = 7</script>',
    generatedBy: 'tolk <b>"test"</b>',
    indexHref: 'javascript:window.__pwned = 8',
    segments: [
      {
        key: 'k"<b>',
        kind: 'paragraph',
        paragraph: 0,
        source: HOSTILE_SOURCE,
        target: HOSTILE_TARGET,
        status: 'machine',
        producer: '<style>body{display:none}</style>',
        findings: [finding],
        sourceTerms: [{ start: putinSv, end: putinSv + 5, ...term }],
        targetTerms: [{ start: putinEn, end: putinEn + 5, ...term }],
        changed: { before: '<script>window.__pwned = 9</script> & old' },
      },
    ],
    pageFindings: [{ ...finding, key: '' }],
  };
}
