// A small strict JSON reader that remembers the line of every key, so errors and GitHub
// annotations can point at the line a reviewer sees in the diff.

import { UserError } from '../errors.js';

export interface JsonValueAt {
  value: unknown;
  line: number;
}

/** Flattened dotted key → string value and line, in file order. Objects nest; anything else but strings is an error. */
export interface FlatLocale {
  values: Map<string, string>;
  lines: Map<string, number>;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseLocaleJson(text: string, file: string): FlatLocale {
  const reader = new Reader(text, file);
  const flat: FlatLocale = { values: new Map(), lines: new Map() };
  reader.skipSpace();
  if (reader.peek() !== '{') reader.fail('the file must hold one JSON object of translations');
  reader.readObject('', flat);
  reader.skipSpace();
  if (!reader.atEnd()) reader.fail('unexpected text after the closing brace');
  return flat;
}

class Reader {
  private pos = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  fail(why: string, line = this.line): never {
    const column = this.pos - this.text.lastIndexOf('\n', this.pos - 1);
    throw new UserError(
      `Could not read the locale file: ${why}. Fix the JSON at this line (or delete the file to regenerate it).`,
      {
        position: { file: this.file, line, column },
      },
    );
  }

  skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === NEWLINE) this.line++;
      else if (c !== SPACE && c !== TAB && c !== RETURN) break;
      pos++;
    }
    this.pos = pos;
  }

  expect(char: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== char) this.fail(`expected "${char}"`);
    this.pos++;
  }

  readObject(prefix: string, flat: FlatLocale): void {
    this.expect('{');
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      const line = this.line;
      if (this.peek() !== '"') this.fail('expected a key in double quotes');
      const key = this.readString();
      if (FORBIDDEN_KEYS.has(key))
        this.fail(
          `the key "${key}" is not allowed (it would reach the object prototype); rename it`,
          line,
        );
      if (key === '') this.fail('a key is empty; give it a name', line);
      const path = prefix ? `${prefix}.${key}` : key;
      this.expect(':');
      this.skipSpace();
      const c = this.peek();
      if (c === '{') this.readObject(path, flat);
      else if (c === '"') {
        if (flat.values.has(path)) this.fail(`the key "${path}" appears twice; keep one`, line);
        flat.values.set(path, this.readString());
        flat.lines.set(path, line);
      } else {
        this.fail(
          `the value of "${path}" is not a string; i18next translations must be strings (or objects of strings)`,
          line,
        );
      }
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      this.expect('}');
      return;
    }
  }

  readString(): string {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1;
    // Most strings hold no escape: they are their text between the quotes, no JSON.parse needed.
    let plain = true;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        plain = false;
        pos += 2;
        continue;
      }
      if (c === NEWLINE || Number.isNaN(c)) {
        this.pos = pos;
        this.fail('a string is not closed');
      }
      // A raw control character is invalid JSON: JSON.parse below says so.
      if (c < 0x20) plain = false;
      pos++;
    }
    this.pos = pos + 1;
    if (plain) return text.slice(start + 1, pos);
    try {
      return JSON.parse(text.slice(start, this.pos)) as string;
    } catch {
      return this.fail('a string has an invalid escape');
    }
  }
}
