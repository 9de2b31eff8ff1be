import type { Finding } from '../../types.js';

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title): also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…,title=<check>::<message>` annotation per finding. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const properties = [
        ...(f.file !== undefined ? [`file=${escapeProperty(f.file)}`] : []),
        ...(f.line !== undefined ? [`line=${f.line}`] : []),
        `title=${escapeProperty(f.check)}`,
      ];
      const message = `${f.lang} ${f.ns}:${f.key}: ${f.message}`;
      return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
}
