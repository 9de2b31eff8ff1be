// XML bytes → text. A CAT tool may write UTF-8 with or without a BOM, UTF-16 with a BOM, or
// declare a single-byte encoding; anything else is refused rather than guessed.

import { UserError } from '../errors.js';
import { decodeUtf8, InvalidUtf8Error } from '../utf8.js';

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
    // The body's BOM was already taken off, so decoding as UTF-8 strips nothing it should keep.
    return encoding === 'utf-8'
      ? decodeUtf8(bytes)
      : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    const at = error instanceof InvalidUtf8Error ? { line: error.line, column: error.column } : {};
    throw new UserError(
      `Could not read the XLIFF file: it is not valid ${encoding.toUpperCase()}. Save it as UTF-8 with the CAT tool's export, or fix the encoding declaration.`,
      { position: { file, ...at } },
    );
  }
}
