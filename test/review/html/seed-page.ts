// Builds a review page from the seed article with a naive segmenter and a fake, glossary-aware translator.
// The real segmenter and providers live elsewhere; this only needs to look like their output.

import { readFileSync } from 'node:fs';
import type { ReviewPage, ReviewSegment, ReviewTerm } from '../../../src/review/html/model.js';
import type { SegmentKind } from '../../../src/types.js';

export const SEED_FILE = new URL('../../../content/sv/xi-putin-samarkand.txt', import.meta.url);

interface Pin {
  sv: string;
  base: string;
  genitive: string;
  note?: string;
}

export const PINS: Pin[] = [
  { sv: 'Vladimir Putin', base: 'Vladimir Putin', genitive: "Vladimir Putin's" },
  { sv: 'Putin', base: 'Putin', genitive: "Putin's" },
  { sv: 'Xi Jinping', base: 'Xi Jinping', genitive: "Xi Jinping's", note: 'Family name first' },
  {
    sv: 'SCO',
    base: 'SCO',
    genitive: "SCO's",
    note: 'Shanghai Cooperation Organisation & "SCO" stays <abbr>',
  },
  { sv: 'Samarkand', base: 'Samarkand', genitive: "Samarkand's" },
  { sv: 'Kina', base: 'China', genitive: "China's" },
  { sv: 'Ryssland', base: 'Russia', genitive: "Russia's" },
  { sv: 'Ebrahim Raisi', base: 'Ebrahim Raisi', genitive: "Ebrahim Raisi's" },
];

const DICTIONARY: Record<string, string> = {
  och: 'and',
  i: 'in',
  för: 'for',
  den: 'the',
  det: 'it',
  att: 'to',
  som: 'who',
  med: 'with',
  på: 'on',
  av: 'of',
  till: 'to',
  har: 'has',
  är: 'is',
  en: 'a',
  ett: 'a',
  de: 'the',
  vi: 'we',
  om: 'about',
  mötet: 'the meeting',
  möte: 'meeting',
  sade: 'said',
  säger: 'says',
  också: 'also',
  under: 'during',
  när: 'when',
  stort: 'great',
  avstånd: 'distance',
  möter: 'meets',
  två: 'two',
  ledarna: 'leaders',
  president: 'president',
  länder: 'countries',
  länderna: 'the countries',
  foto: 'photo',
  fakta: 'facts',
  källa: 'source',
  efter: 'after',
  före: 'before',
  han: 'he',
};

const PIN_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${PINS.map((p) => p.sv).join('|')})(:?s)?(?![\\p{L}\\p{N}])`,
  'gu',
);

function translateWords(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const english = DICTIONARY[word.toLowerCase()];
    if (english === undefined) return word;
    return word[0] === word[0]?.toUpperCase()
      ? english[0]!.toUpperCase() + english.slice(1)
      : english;
  });
}

/** Translates around the pinned names and records where they are on both sides. */
export function fakeTranslate(source: string): {
  target: string;
  sourceTerms: ReviewTerm[];
  targetTerms: ReviewTerm[];
} {
  const sourceTerms: ReviewTerm[] = [];
  const targetTerms: ReviewTerm[] = [];
  let target = '';
  let at = 0;
  for (const match of source.matchAll(PIN_PATTERN)) {
    const pin = PINS.find((p) => p.sv === match[1])!;
    const form = match[2] ? pin.genitive : pin.base;
    const term = { pinned: form, ...(pin.note ? { note: pin.note } : {}) };
    target += translateWords(source.slice(at, match.index));
    sourceTerms.push({ start: match.index, end: match.index + match[0].length, ...term });
    targetTerms.push({ start: target.length, end: target.length + form.length, ...term });
    target += form;
    at = match.index + match[0].length;
  }
  return { target: target + translateWords(source.slice(at)), sourceTerms, targetTerms };
}

function classifyBlocks(blocks: string[]): SegmentKind[] {
  const credit = blocks.findIndex((b) => b.startsWith('Foto:'));
  let inFactbox = false;
  return blocks.map((block, i) => {
    if (i === 0) return 'headline';
    if (i === 1) return 'lede';
    if (i < credit) return 'caption';
    if (i === credit) return 'credit';
    if (block.startsWith('Fakta:')) {
      inFactbox = true;
      return 'factbox-title';
    }
    if (block.startsWith('Källa:')) {
      inFactbox = false;
      return 'source';
    }
    if (inFactbox) return 'factbox';
    if (block.startsWith('Så jobbar vi')) return 'boilerplate';
    if (STAMP.test(block)) return 'dateline';
    if (/^[–—-]\s/u.test(block)) return 'quote';
    if (!/[.!?]$/.test(block) && block.length < 60) return 'subheading';
    return 'paragraph';
  });
}

const STAMP = /^(.*?)(\d{4}-\d{2}-\d{2} \d{2}:\d{2})$/;

function splitSentences(block: string): string[] {
  const stamp = STAMP.exec(block);
  if (stamp?.[1] && stamp[2]) return [stamp[1], stamp[2]];
  return block.split(/(?<=[.!?]["”]?)\s+(?=[–"”\p{Lu}])/u);
}

/** Statuses, changes and findings planted at fixed places so the browser test can look for them. */
export const PLANTED = {
  changed: 2,
  human: 3,
  stale: 9,
  added: 10,
  missing: 11,
  findingNeedle: 'Ebrahim Raisi',
} as const;

export function buildSeedPage(lang = 'en'): ReviewPage {
  const blocks = readFileSync(SEED_FILE, 'utf8')
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const kinds = classifyBlocks(blocks);
  const keysByText = new Map<string, string>();
  const segments: ReviewSegment[] = [];
  blocks.forEach((block, paragraph) => {
    splitSentences(block).forEach((text, s) => {
      const kind: SegmentKind =
        kinds[paragraph] === 'dateline' && s === 1 ? 'timestamp' : kinds[paragraph]!;
      const key = keysByText.get(text) ?? `p${paragraph + 1}.s${s + 1}`;
      keysByText.set(text, key);
      const { target, sourceTerms, targetTerms } = fakeTranslate(text);
      segments.push({
        key,
        kind,
        paragraph,
        source: text,
        target,
        status: 'machine',
        producer: 'pseudo',
        findings: [],
        sourceTerms,
        targetTerms,
      });
    });
  });
  plantReviewState(segments, lang);
  return {
    ns: 'xi-putin-samarkand',
    lang,
    sourceLang: 'sv',
    title: blocks[0] ?? '',
    base: 'HEAD~1',
    generatedBy: 'tolk test',
    segments,
  };
}

function plantReviewState(segments: ReviewSegment[], lang: string): void {
  const at = (i: number): ReviewSegment => segments[i]!;
  Object.assign(at(PLANTED.human), { status: 'human', producer: undefined });
  at(PLANTED.changed).changed = {
    before: at(PLANTED.changed)
      .target!.replace(/\bmeeting\b/, 'talk')
      .replace('Putin', 'the Russian president'),
  };
  Object.assign(at(PLANTED.stale), { status: 'stale', producer: undefined });
  at(PLANTED.added).changed = {};
  Object.assign(at(PLANTED.missing), {
    status: 'missing',
    target: undefined,
    targetTerms: [],
    producer: undefined,
  });
  const credit = segments.find((s) => s.kind === 'credit');
  if (credit) Object.assign(credit, { status: 'manual', producer: undefined });
  const raisi = segments.find((s) => s.source.includes(PLANTED.findingNeedle))!;
  raisi.findings.push({
    lang,
    ns: 'xi-putin-samarkand',
    key: raisi.key,
    check: 'glossary-pin',
    severity: 'error',
    message: 'The pinned form "Ebrahim Raisi" is missing from the translation.',
  });
  const last = segments.at(-2)!;
  last.findings.push({
    lang,
    ns: 'xi-putin-samarkand',
    key: last.key,
    check: 'length-ratio',
    severity: 'warning',
    message: 'The translation is much shorter than the Swedish.',
  });
}
