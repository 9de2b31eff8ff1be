// XML bytes → text. A CAT tool may write UTF-8 with or without a BOM, UTF-16 with a BOM, or
// declare a single-byte encoding; anything else is refused rather than guessed.

import { UserError } from '../errors.js';

const DECLARED = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;
const SINGLE_BYTE = new Set([
  'iso-8859-1',
  'latin1',
  'windows-1252',
  'cp1252',
  'us-ascii',
  'ascii',
  'iso-8859-15',
]);

/** The document as a string: BOM removed, line ends normalised to LF as XML 1.0 §2.11 says. */
export function decodeXml(bytes: Uint8Array, file: string): string {
  return readEncoding(bytes, file).replace(/\r\n?/g, '\n');
}

function readEncoding(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2), file);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
  const declared = DECLARED.exec(head)?.[1]?.toLowerCase();
  if (declared === undefined || declared === 'utf-8' || declared === 'utf8' || bom) {
    return decode('utf-8', body, file);
  }
  if (declared.startsWith('utf-16')) {
    throw new UserError(
      `Could not read the XLIFF file: it declares encoding="${declared}" but has no byte order mark. Save it as UTF-8 (or UTF-16 with a BOM).`,
      { position: { file, line: 1 } },
    );
  }
  if (SINGLE_BYTE.has(declared)) return decode('windows-1252', body, file);
  throw new UserError(
    `Could not read the XLIFF file: its encoding "${declared}" is not supported. Save it as UTF-8.`,
    { position: { file, line: 1 } },
  );
}

function decode(encoding: string, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const line = encoding === 'utf-8' ? countLinesUntilInvalid(bytes) : undefined;
    throw new UserError(
      `Could not read the XLIFF file: it is not valid ${encoding.toUpperCase()}. Save it as UTF-8 with the CAT tool's export, or fix the encoding declaration.`,
      { position: { file, ...(line === undefined ? {} : { line }) } },
    );
  }
}

/** The line of the first byte sequence a strict UTF-8 decoder rejects; undefined for other encodings. */
function countLinesUntilInvalid(bytes: Uint8Array): number | undefined {
  let line = 1;
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
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    }
    if (b === 10) line++;
    i += length;
  }
  return undefined;
}
