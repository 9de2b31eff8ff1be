// User errors print without a stack and say how to fix; anything else is a bug in tolk.

/** Where in a user's file the problem is. */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export function formatPosition(pos: SourcePosition): string {
  if (pos.line === undefined) return pos.file;
  return pos.column === undefined
    ? `${pos.file}:${pos.line}`
    : `${pos.file}:${pos.line}:${pos.column}`;
}

/**
 * Something the user can fix: bad usage, config, glossary or input. Exit code 2.
 * Message form: `Could not <verb> <subject>: <why>. <how to fix>`.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly exitCode: number = 2;
  readonly position?: SourcePosition;

  constructor(message: string, options: { position?: SourcePosition; cause?: unknown } = {}) {
    const where = options.position ? `${formatPosition(options.position)}: ` : '';
    super(`${where}${message}`, options.cause === undefined ? {} : { cause: options.cause });
    if (options.position) this.position = options.position;
  }
}

/** A provider failed in a way retries did not cure (bad key, network, malformed answer). */
export class ProviderError extends Error {
  override name = 'ProviderError';
  readonly exitCode: number = 3;

  constructor(
    message: string,
    readonly provider: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
  }
}

/** The provider's character quota is used up (DeepL answers 456). The run stops and keeps what is done. */
export class QuotaExceededError extends ProviderError {
  override name = 'QuotaExceededError';
}

/**
 * A user's own engine (a provider module) threw or broke the contract: a bug in their module, so the
 * run writes nothing and exits 2 like any other user error, naming the module and its line.
 */
export class ProviderModuleError extends ProviderError {
  override name = 'ProviderModuleError';
  override readonly exitCode: number = 2;
  readonly position?: SourcePosition;

  constructor(
    message: string,
    provider: string,
    options: { position?: SourcePosition; cause?: unknown } = {},
  ) {
    const where = options.position ? `${formatPosition(options.position)}: ` : '';
    super(
      `${where}${message}`,
      provider,
      options.cause === undefined ? {} : { cause: options.cause },
    );
    if (options.position) this.position = options.position;
  }
}

/** The run was stopped by a signal (SIGINT, SIGTERM); what was done is kept. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  readonly exitCode: number = 130;
}

/** A bug in tolk: an invariant broke. Printed with its stack. */
export class InternalError extends Error {
  override name = 'InternalError';
}
