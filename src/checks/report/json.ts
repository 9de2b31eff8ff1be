import type { Finding } from '../../types.js';

function rowOf(f: Finding) {
  return {
    lang: f.lang,
    ns: f.ns,
    key: f.key,
    check: f.check,
    severity: f.severity,
    message: f.message,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
  };
}

/** An array of `{ lang, ns, key, check, severity, message, file?, line? }`, one per finding. */
export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map(rowOf), null, 2)}\n`;
}

/**
 * `formatJson`'s text in pieces of about `size` characters, so that hundreds of thousands of
 * findings are written without first becoming one string (and a copy of every finding).
 * Each row is JSON.stringify'd as the whole array would indent it: its values hold no line break.
 */
export function* formatJsonChunks(findings: readonly Finding[], size = 1 << 16): Generator<string> {
  if (findings.length === 0) {
    yield '[]\n';
    return;
  }
  let chunk = '[';
  for (let i = 0; i < findings.length; i++) {
    const row = JSON.stringify(rowOf(findings[i]!), null, 2).replaceAll('\n', '\n  ');
    chunk += `${i === 0 ? '' : ','}\n  ${row}`;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n]\n`;
}
