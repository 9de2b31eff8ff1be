import type { Finding } from '../../types.js';

/** An array of `{ lang, ns, key, check, severity, message, file?, line? }`, one per finding. */
export function formatJson(findings: readonly Finding[]): string {
  const rows = findings.map((f) => ({
    lang: f.lang,
    ns: f.ns,
    key: f.key,
    check: f.check,
    severity: f.severity,
    message: f.message,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
