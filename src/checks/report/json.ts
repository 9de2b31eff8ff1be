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
  const row = rowFormatter();
  let chunk = '[';
  for (let i = 0; i < findings.length; i++) {
    chunk += `${i === 0 ? '' : ','}\n  ${row(findings[i]!)}`;
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
 * A file's findings follow each other and share their language, namespace and file, and mostly
 * their check: those fields are printed once per run of equal values.
 */
function rowFormatter(): (f: Finding) => string {
  const q = JSON.stringify;
  const head = lastOf(
    (lang: string, ns: string) => `{\n    "lang": ${q(lang)},\n    "ns": ${q(ns)}`,
  );
  const kind = lastOf(
    (check: string, severity: string) =>
      `,\n    "check": ${q(check)},\n    "severity": ${q(severity)},\n    "message": `,
  );
  const file = lastOf((name: string) => `,\n    "file": ${q(name)}`);
  return (f) => {
    let row = `${head(f.lang, f.ns)},\n    "key": ${q(f.key)}${kind(f.check, f.severity)}${q(f.message)}`;
    if (f.file !== undefined) row += file(f.file);
    if (f.line !== undefined) row += `,\n    "line": ${f.line}`;
    return `${row}\n  }`;
  };
}

/** `print`, remembering its last arguments and what it printed for them. */
function lastOf(print: (a: string, b: string) => string): (a: string, b?: string) => string {
  let lastA: string | undefined;
  let lastB: string | undefined;
  let printed = '';
  return (a, b = '') => {
    if (a !== lastA || b !== lastB) {
      lastA = a;
      lastB = b;
      printed = print(a, b);
    }
    return printed;
  };
}
