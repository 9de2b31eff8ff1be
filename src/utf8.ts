// Strict UTF-8 for every file a user hands tolk: a wrong encoding is named with the line to look at,
// never decoded into replacement characters that would end up in a translation.

export class InvalidUtf8Error extends Error {
  override name = 'InvalidUtf8Error';

  constructor(
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`invalid UTF-8 at byte ${offset} (line ${line}, column ${column})`);
  }
}

/** The text of `bytes` without a leading BOM; throws InvalidUtf8Error at the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const line = before.split('\n').length;
    throw new InvalidUtf8Error(offset, line, before.length - before.lastIndexOf('\n'));
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
