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
 */
export function* formatJsonChunks(findings: readonly Finding[], size = 1 << 16): Generator<string> {
  if (findings.length === 0) {
    yield '[]\n';
    return;
  }
  let chunk = '[';
  for (let i = 0; i < findings.length; i++) {
    chunk += `${i === 0 ? '' : ','}\n  ${formatRow(findings[i]!)}`;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n]\n`;
}

/**
 * `JSON.stringify(rowOf(f), null, 2)` indented as an element of the array, written out field by
 * field: the generic indenting stringify and a replace per row were most of a large report's time.
 */
function formatRow(f: Finding): string {
  const q = JSON.stringify;
  let row = `{\n    "lang": ${q(f.lang)},\n    "ns": ${q(f.ns)},\n    "key": ${q(f.key)},\n    "check": ${q(f.check)},\n    "severity": ${q(f.severity)},\n    "message": ${q(f.message)}`;
  if (f.file !== undefined) row += `,\n    "file": ${q(f.file)}`;
  if (f.line !== undefined) row += `,\n    "line": ${q(f.line)}`;
  return `${row}\n  }`;
}
