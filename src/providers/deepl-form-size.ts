// Request size as DeepL counts it: the form-encoded body (URLSearchParams), where `å` costs 6 bytes.

function isUnreserved(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x2a || // *
    code === 0x2d || // -
    code === 0x2e || // .
    code === 0x5f // _
  );
}

/** Bytes of `text` once encoded by URLSearchParams, without building the string. */
export function formEncodedLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += isUnreserved(code) || code === 0x20 ? 1 : 3;
    else if (code < 0x800) bytes += 6;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 12;
        i++;
      } else bytes += 9; // a lone surrogate is sent as U+FFFD
    } else bytes += 9;
  }
  return bytes;
}

/** What one more `text` field adds to a body: `&text=` and the encoded value. */
export function textFieldBytes(text: string): number {
  return 6 + formEncodedLength(text);
}

/** What a `context` field adds: `&context=` and the encoded value. */
export function contextFieldBytes(context: string): number {
  return 9 + formEncodedLength(context);
}

/** The longest prefix of `text` whose encoding fits in `budget` bytes, cut between code points. */
export function cutToEncodedLength(text: string, budget: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const cost = formEncodedLength(char);
    if (bytes + cost > budget) break;
    bytes += cost;
    end += char.length;
  }
  return text.slice(0, end);
}
