// What a check thread posts to the main thread: findings as columns, errors as plain data.

import { type SourcePosition, UserError } from '../../errors.js';
import type { Finding } from '../../types.js';
import type { Digests, PartFile, PartFindings } from './check-part.js';

/**
 * A file's findings as a thread posts them: column by column, with what every finding of one file
 * shares (language, namespace, path) once. Copying ~100 000 finding objects between threads cost
 * the main thread ~0.2 s; columns of strings and numbers cost a fraction of that.
 */
export interface PostedFile {
  lang: string;
  ns: string;
  file: string | undefined;
  keys: string[];
  checks: string[];
  severities: Finding['severity'][];
  messages: string[];
  /** 0 where the key's line is not known. */
  lines: Int32Array;
}

export function packFile({ lang, ns, findings }: PartFile): PostedFile {
  const lines = new Int32Array(findings.length);
  findings.forEach((finding, i) => {
    lines[i] = finding.line ?? 0;
  });
  return {
    lang,
    ns,
    file: findings[0]?.file,
    keys: findings.map((f) => f.key),
    checks: findings.map((f) => f.check),
    severities: findings.map((f) => f.severity),
    messages: findings.map((f) => f.message),
    lines,
  };
}

/** The findings of a posted file, each as `findingAt` builds it (same fields, same order). */
export function unpackFile(posted: PostedFile): PartFile {
  const { lang, ns, file } = posted;
  const findings = posted.keys.map((key, i): Finding => {
    const finding: Finding = {
      lang,
      ns,
      key,
      check: posted.checks[i]!,
      severity: posted.severities[i]!,
      message: posted.messages[i]!,
    };
    if (file) finding.file = file;
    const line = posted.lines[i]!;
    if (line > 0) finding.line = line;
    return finding;
  });
  return { lang, ns, findings };
}

/** What a check thread posts: its findings, its digests, then its uses; or its failure instead. */
export type PartMessage =
  | { files: PostedFile[] }
  | { digests: Digests }
  | { uses: PartFindings['uses'] }
  | { failure: PostedError };

export interface PostedError {
  name: string;
  message: string;
  stack?: string;
  position?: SourcePosition;
}

export function postError(error: Error): PostedError {
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(error instanceof UserError && error.position ? { position: error.position } : {}),
  };
}

/** The thread's error as this thread would have thrown it: a UserError stays one. */
export function reviveError(error: PostedError): Error {
  const revived = error.name === 'UserError' ? new UserError('') : new Error('');
  revived.message = error.message;
  if (error.stack !== undefined) revived.stack = error.stack;
  if (error.position) Object.assign(revived, { position: error.position });
  return revived;
}
