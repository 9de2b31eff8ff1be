// An XLIFF 2.0 document as a CAT tool gives it back → files and units. Elements of other
// namespaces (tool metadata, modules) are skipped; inline markup in a source or target is
// reduced to its text, so `<mrk>`/`<pc>` around words do not change the translation.

import { UserError } from '../errors.js';
import { decodeXml } from './decode-xml.js';
import { parseXml, XML_NS, type XmlElement } from './parse-xml.js';
import {
  SEGMENT_STATES,
  type SegmentState,
  XLIFF_NS,
  type XliffDocument,
  type XliffFile,
  type XliffUnit,
} from './types.js';

/** Above this an XLIFF file is not a translator's export of one project; refuse before parsing. */
export const MAX_XLIFF_BYTES = 64 * 1024 * 1024;

export function readXliff(bytes: Uint8Array, file: string): XliffDocument {
  if (bytes.length > MAX_XLIFF_BYTES) {
    throw new UserError(
      `Could not read the XLIFF file: it is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, above the ${MAX_XLIFF_BYTES / 1024 / 1024} MB limit. Import one language at a time.`,
      { position: { file } },
    );
  }
  const root = parseXml(decodeXml(bytes, file), file);
  const fail = (element: XmlElement, why: string, fix: string): never => {
    throw new UserError(`Could not read the XLIFF file: ${why}. ${fix}.`, {
      position: { file, line: element.line, column: element.column },
    });
  };
  if (root.local !== 'xliff' || root.uri !== XLIFF_NS) {
    const version = attribute(root, 'version');
    const why =
      root.local === 'xliff' && version?.startsWith('1.')
        ? `it is XLIFF ${version}, and tolk exchanges XLIFF 2.0`
        : `its root element is <${root.qname}> in ${root.uri ? `"${root.uri}"` : 'no namespace'}, not <xliff xmlns="${XLIFF_NS}">`;
    fail(
      root,
      why,
      'Export it from the CAT tool as XLIFF 2.0, or start again from tolk xliff export',
    );
  }
  const version = attribute(root, 'version') ?? '';
  if (!/^2\.\d+$/.test(version)) {
    fail(root, `its version is "${version}", not 2.x`, 'Export it from the CAT tool as XLIFF 2.0');
  }
  const srcLang = attribute(root, 'srcLang');
  if (!srcLang) fail(root, 'the <xliff> element has no srcLang', 'Add srcLang="sv"');
  const trgLang = attribute(root, 'trgLang');

  const files: XliffFile[] = [];
  for (const element of core(root, 'file')) {
    const id = attribute(element, 'id');
    if (!id)
      fail(element, 'a <file> has no id', 'Give it the namespace as id, as tolk exported it');
    if (files.some((f) => f.id === id))
      fail(element, `two <file> elements have the id "${id}"`, 'Keep one');
    const units: XliffUnit[] = [];
    collectUnits(element, units, fail);
    files.push({ id: id!, line: element.line, units });
  }
  return { srcLang: srcLang!, ...(trgLang ? { trgLang } : {}), files };
}

type Fail = (element: XmlElement, why: string, fix: string) => never;

/** Units of a file, through any nesting of <group>s, in document order. */
function collectUnits(parent: XmlElement, units: XliffUnit[], fail: Fail): void {
  for (const child of parent.children) {
    if (typeof child === 'string' || child.uri !== XLIFF_NS) continue;
    if (child.local === 'group') collectUnits(child, units, fail);
    else if (child.local === 'unit') {
      const unit = readUnit(child, fail);
      if (units.some((u) => u.key === unit.key)) {
        fail(child, `the key "${unit.key}" has two <unit>s in one <file>`, 'Keep one');
      }
      units.push(unit);
    }
  }
}

function readUnit(unit: XmlElement, fail: Fail): XliffUnit {
  const id = attribute(unit, 'id');
  if (!id) fail(unit, 'a <unit> has no id', 'Keep the id tolk exported');
  const parts = unit.children.filter(
    (c): c is XmlElement =>
      typeof c !== 'string' &&
      c.uri === XLIFF_NS &&
      (c.local === 'segment' || c.local === 'ignorable'),
  );
  if (!parts.some((p) => p.local === 'segment'))
    fail(unit, `the <unit> "${id}" has no <segment>`, 'Keep the segment tolk exported');
  let source = '';
  let target = '';
  let hasTarget = false;
  let state: SegmentState = 'final';
  for (const part of parts) {
    const sources = core(part, 'source');
    if (sources.length !== 1)
      fail(
        part,
        `a <${part.local}> in the <unit> "${id}" needs exactly one <source>`,
        'Restore its source',
      );
    source += inlineText(sources[0]!);
    const targets = core(part, 'target');
    if (targets.length > 1)
      fail(part, `a <${part.local}> in the <unit> "${id}" has two <target>s`, 'Keep one');
    if (targets[0]) {
      hasTarget = true;
      target += inlineText(targets[0]);
    } else if (part.local === 'ignorable') target += inlineText(sources[0]!);
    if (part.local === 'segment') state = lesserState(state, readState(part, fail));
  }
  const key = attribute(unit, 'name') ?? id!;
  return { key, state, source, ...(hasTarget ? { target } : {}), line: unit.line };
}

function readState(segment: XmlElement, fail: Fail): SegmentState {
  const state = attribute(segment, 'state') ?? 'initial';
  if (!(SEGMENT_STATES as readonly string[]).includes(state)) {
    fail(
      segment,
      `the segment state "${state}" is not an XLIFF 2.0 state`,
      `Use one of ${SEGMENT_STATES.join(', ')}`,
    );
  }
  return state as SegmentState;
}

function lesserState(a: SegmentState, b: SegmentState): SegmentState {
  return SEGMENT_STATES.indexOf(a) <= SEGMENT_STATES.indexOf(b) ? a : b;
}

/** Text content with inline codes reduced: `<cp>` gives its character, `<ph>`/`<sc>`/`<ec>` their `equiv`. */
export function inlineText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else if (child.uri === XLIFF_NS && child.local === 'cp') {
      const code = Number.parseInt(attribute(child, 'hex') ?? '', 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff)
        text += String.fromCodePoint(code);
    } else if (child.uri === XLIFF_NS && ['ph', 'sc', 'ec'].includes(child.local)) {
      text += attribute(child, 'equiv') ?? '';
    } else text += inlineText(child);
  }
  return text;
}

function core(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && c.uri === XLIFF_NS && c.local === local,
  );
}

/** An unprefixed attribute, or an `xml:` one when `local` is written `xml:lang`. */
function attribute(element: XmlElement, name: string): string | undefined {
  const [uri, local] = name.startsWith('xml:') ? [XML_NS, name.slice(4)] : ['', name];
  return element.attributes.find((a) => a.uri === uri && a.local === local)?.value;
}
