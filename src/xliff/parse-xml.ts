// A small strict XML 1.0 reader for the XLIFF subset: elements, attributes, namespaces, text,
// CDATA, comments and processing instructions. It never reads a DTD: a DOCTYPE or ENTITY
// declaration is refused, so no external entity is fetched and no entity bomb is expanded; only
// the five predefined entities and character references are known.

import { UserError } from '../errors.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlAttribute {
  /** Namespace URI; '' for an unprefixed attribute. */
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  /** The name as written, prefix included. */
  qname: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
}

export type XmlNode = XmlElement | string;

const NAME = /[\p{L}_:][\p{L}\p{N}\p{M}_:.\-\u00B7]*/uy;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Characters XML 1.0 forbids anywhere in a document (they may only be carried as <cp/> in XLIFF).
const INVALID_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface OpenElement {
  element: XmlElement;
  scope: Map<string, string>;
}

/** Parses a whole document (already decoded, LF line ends) and returns its root element. */
export function parseXml(text: string, file: string): XmlElement {
  return new XmlReader(text, file).readDocument();
}

class XmlReader {
  private pos = 0;
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
    const bad = INVALID_CHAR.exec(text);
    if (bad) {
      this.pos = bad.index;
      this.fail(
        `it holds the character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`,
        'Remove it (XLIFF carries such characters as <cp hex="…"/>)',
      );
    }
  }

  readDocument(): XmlElement {
    if (/^<\?xml[\s?]/.test(this.text))
      this.skipPastOrFail('?>', 'the XML declaration is not closed');
    this.skipMisc();
    if (this.pos >= this.text.length) this.fail('it holds no element', 'Export the file again');
    const root = this.readElementTree();
    this.skipMisc();
    if (this.pos < this.text.length)
      this.fail('there is content after the root element', 'Remove it');
    return root;
  }

  private readElementTree(): XmlElement {
    const stack: OpenElement[] = [];
    const rootScope = new Map([['xml', XML_NS]]);
    let root: XmlElement | undefined;
    for (;;) {
      const parent = stack.at(-1);
      if (parent === undefined && root !== undefined) return root;
      if (this.pos >= this.text.length) {
        this.fail(`the element <${parent?.element.qname}> is never closed`, 'Close it');
      }
      if (parent && !this.text.startsWith('<', this.pos)) {
        pushText(parent.element, this.readText());
        continue;
      }
      if (this.text.startsWith('</', this.pos)) {
        this.readEndTag(stack.pop()!);
        continue;
      }
      if (this.text.startsWith('<!--', this.pos)) {
        this.skipPastOrFail('-->', 'a comment is not closed');
        continue;
      }
      if (this.text.startsWith('<![CDATA[', this.pos)) {
        const start = this.pos + 9;
        this.skipPastOrFail(']]>', 'a CDATA section is not closed');
        if (parent) pushText(parent.element, this.text.slice(start, this.pos - 3));
        continue;
      }
      if (this.text.startsWith('<?', this.pos)) {
        this.readProcessingInstruction();
        continue;
      }
      if (this.text.startsWith('<!', this.pos)) this.refuseDeclaration();
      const open = this.readStartTag(parent?.scope ?? rootScope);
      if (parent) parent.element.children.push(open.element);
      else root = open.element;
      if (!open.selfClosing) stack.push(open);
    }
  }

  private readStartTag(outer: Map<string, string>): OpenElement & { selfClosing: boolean } {
    const [line, column] = this.where(this.pos);
    this.pos++;
    const qname = this.readName('an element name');
    const raw: Array<{ qname: string; value: string; at: number }> = [];
    for (;;) {
      const spaced = this.skipSpace();
      if (this.text.startsWith('/>', this.pos) || this.text.startsWith('>', this.pos)) break;
      if (!spaced) this.fail(`expected a space, ">" or "/>" in <${qname}>`, 'Fix the tag');
      const at = this.pos;
      const name = this.readName('an attribute name');
      if (raw.some((a) => a.qname === name)) {
        this.pos = at;
        this.fail(`the attribute ${name} appears twice in <${qname}>`, 'Keep one');
      }
      this.skipSpace();
      this.expect('=', `"=" after the attribute ${name}`);
      this.skipSpace();
      raw.push({ qname: name, value: this.readAttributeValue(), at });
    }
    const selfClosing = this.text.startsWith('/>', this.pos);
    this.pos += selfClosing ? 2 : 1;

    const scope = new Map(outer);
    for (const a of raw) {
      if (a.qname === 'xmlns') scope.set('', a.value);
      else if (a.qname.startsWith('xmlns:')) scope.set(a.qname.slice(6), a.value);
    }
    const attributes: XmlAttribute[] = [];
    for (const a of raw) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:')) continue;
      const [prefix, local] = splitName(a.qname);
      attributes.push({
        uri: prefix === '' ? '' : this.resolve(scope, prefix, a.at),
        local,
        value: a.value,
      });
    }
    const [prefix, local] = splitName(qname);
    const uri =
      prefix === ''
        ? (scope.get('') ?? '')
        : this.resolve(scope, prefix, this.offsetOf(line, column));
    const element: XmlElement = { uri, local, qname, attributes, children: [], line, column };
    return { element, scope, selfClosing };
  }

  private readEndTag(open: OpenElement | undefined): void {
    const at = this.pos;
    this.pos += 2;
    const name = this.readName('an element name');
    this.skipSpace();
    this.expect('>', `">" to close </${name}>`);
    if (!open || open.element.qname !== name) {
      this.pos = at;
      const expected = open
        ? `</${open.element.qname}> (opened at line ${open.element.line})`
        : 'no end tag';
      this.fail(`</${name}> does not match: expected ${expected}`, 'Fix the nesting of the tags');
    }
  }

  private readText(): string {
    const start = this.pos;
    const end = this.text.indexOf('<', start);
    this.pos = end === -1 ? this.text.length : end;
    const raw = this.text.slice(start, this.pos);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd !== -1) {
      this.pos = start + cdataEnd;
      this.fail('"]]>" may not appear in text', 'Write it as "]]&gt;"');
    }
    return this.decodeReferences(raw, start);
  }

  private readAttributeValue(): string {
    const quote = this.text[this.pos];
    if (quote !== '"' && quote !== "'")
      this.fail('an attribute value is not quoted', 'Put it in double quotes');
    const start = this.pos + 1;
    const end = this.text.indexOf(quote, start);
    if (end === -1) this.fail('an attribute value is not closed', 'Close the quote');
    const raw = this.text.slice(start, end);
    const lt = raw.indexOf('<');
    if (lt !== -1) {
      this.pos = start + lt;
      this.fail('"<" may not appear in an attribute value', 'Write it as "&lt;"');
    }
    this.pos = end + 1;
    // Attribute-value normalisation: literal whitespace becomes a space; references keep theirs.
    return this.decodeReferences(raw.replace(/[\t\n]/g, ' '), start);
  }

  /** The five predefined entities and character references; anything else needs a DTD, which tolk never reads. */
  private decodeReferences(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (whole, name: string, index: number) => {
      const at = offset + index;
      if (!whole.endsWith(';'))
        this.failAt(at, 'a "&" is not part of a reference', 'Write it as "&amp;"');
      const predefined = ENTITIES[name];
      if (predefined !== undefined) return predefined;
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
      if (!numeric) {
        this.failAt(
          at,
          `the entity &${name}; is not defined (tolk reads no DTD, so only &lt; &gt; &amp; &quot; &apos; exist)`,
          'Replace it with the character itself or a character reference (&#…;)',
        );
      }
      const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\u0000';
      if (INVALID_CHAR.test(char) || code === 0) {
        this.failAt(
          at,
          `the character reference ${whole} is not an XML character`,
          'Use <cp hex="…"/> or remove it',
        );
      }
      return char;
    });
  }

  private readProcessingInstruction(): void {
    const at = this.pos;
    this.pos += 2;
    const target = this.readName('a processing instruction name');
    if (target.toLowerCase() === 'xml') {
      this.pos = at;
      this.fail(
        'the XML declaration must be the very first thing in the file',
        'Move it to the start, or remove it',
      );
    }
    this.skipPastOrFail('?>', 'a processing instruction is not closed');
  }

  private refuseDeclaration(): never {
    const entity = this.text.startsWith('<!ENTITY', this.pos);
    this.fail(
      `it holds a ${entity ? '<!ENTITY> declaration' : '<!DOCTYPE> declaration'}; tolk reads no DTD and expands no declared entities (they can read local files or blow up to gigabytes)`,
      'Remove the declaration: XLIFF 2.0 needs none',
    );
  }

  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('<!--', this.pos))
        this.skipPastOrFail('-->', 'a comment is not closed');
      else if (this.text.startsWith('<?', this.pos)) this.readProcessingInstruction();
      else if (this.text.startsWith('<!', this.pos)) this.refuseDeclaration();
      else if (this.pos < this.text.length && this.text[this.pos] !== '<') {
        this.fail('there is text outside the root element', 'Remove it');
      } else return;
    }
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  private skipPastOrFail(end: string, why: string): void {
    const at = this.text.indexOf(end, this.pos);
    if (at === -1) this.fail(why, `Close it with "${end}"`);
    this.pos = at + end.length;
  }

  private readName(what: string): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) this.fail(`expected ${what}`, 'Fix the markup');
    this.pos += match[0].length;
    return match[0];
  }

  private expect(char: string, what: string): void {
    if (this.text[this.pos] !== char) this.fail(`expected ${what}`, 'Fix the markup');
    this.pos++;
  }

  private resolve(scope: Map<string, string>, prefix: string, at: number): string {
    const uri = scope.get(prefix);
    if (uri === undefined)
      this.failAt(
        at,
        `the namespace prefix "${prefix}" is not declared`,
        `Declare it with xmlns:${prefix}="…"`,
      );
    return uri;
  }

  private where(offset: number): [number, number] {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return [low + 1, offset - this.lineStarts[low]! + 1];
  }

  private offsetOf(line: number, column: number): number {
    return this.lineStarts[line - 1]! + column - 1;
  }

  private fail(why: string, fix: string): never {
    return this.failAt(this.pos, why, fix);
  }

  private failAt(offset: number, why: string, fix: string): never {
    const [line, column] = this.where(offset);
    throw new UserError(`Could not read the XLIFF file: ${why}. ${fix}.`, {
      position: { file: this.file, line, column },
    });
  }
}

function splitName(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon === -1 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function pushText(element: XmlElement, text: string): void {
  if (text === '') return;
  const last = element.children.at(-1);
  if (typeof last === 'string') element.children[element.children.length - 1] = last + text;
  else element.children.push(text);
}
