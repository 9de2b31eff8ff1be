import { describe, expect, it } from 'vitest';
import { findInconsistencies, judgeUses } from '../../src/checks/inconsistent.js';
import {
  digestLanguages,
  digestTranslations,
  hashText53,
  type InconsistentUse,
  usesOfVaried,
  variedSources,
} from '../../src/checks/inconsistent-parts.js';
import { normaliseSpace } from '../../src/checks/text/space.js';
import type { CheckFile } from '../../src/checks/types.js';
import { file } from './helpers.js';

/** Mulberry32: a seeded generator, so that a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

// Small alphabets, so that shared sources, context keys, whitespace variants and empty values
// are frequent.
const NAMESPACES = ['a', 'b', 'c'];
const KEYS = ['x', 'y', 'x_male', 'x_female', 'y_one', 'y_other', 'z.x_male', 'z.x'];
const SOURCES = ['Hej', 'Hej ', ' Hej', 'Hej då', 'Hej  då', 'Tack', '', '  '];
const TARGETS = ['Hi', 'Hi ', 'Hello', 'Hello there', 'Hello\tthere', 'Bye', '', ' '];
// Every kind of whitespace normaliseSpace meets, alone, doubled, at the ends, among other scripts.
const SPACED = [
  'a b',
  'a  b',
  ' a',
  'a ',
  ' ',
  'a\tb',
  'a\nb',
  'a\u00a0b',
  'a\u202fb',
  'a\u000bb',
  'a\u2003b',
  'a\u3000b',
  'a\u3000\u3000b',
  'a\u3000',
  '\ufeffa',
  'a\u2028b',
  '\u0001a b',
  '日本 語',
  '日本\u3000語',
  '日本語',
  'ä ö',
  'Привет мир',
  '\u00a0',
  '',
];

function randomFiles(
  next: () => number,
  sources: readonly string[] = SOURCES,
  targets: readonly string[] = TARGETS,
): CheckFile[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const files: CheckFile[] = [];
  const count = 1 + Math.floor(next() * 6);
  for (let i = 0; i < count; i++) {
    const source: Record<string, string> = {};
    const target: Record<string, string> = {};
    for (const key of KEYS) {
      if (next() < 0.8) source[key] = pick(sources);
      if (next() < 0.8) target[key] = pick(targets);
    }
    files.push(file(source, next() < 0.1 ? undefined : target, { ns: pick(NAMESPACES) }));
  }
  return files;
}

/** The files again in more languages, each namespace's source Map shared, as a run reads them. */
function inLanguages(
  files: CheckFile[],
  langs: readonly string[],
  next: () => number,
): CheckFile[] {
  const sourceOf = new Map<string, CheckFile['source']>();
  return langs.flatMap((lang) =>
    files.map((f) => {
      const source = sourceOf.get(f.ns) ?? f.source;
      sourceOf.set(f.ns, source);
      const target = f.target && new Map([...f.target].filter(() => next() < 0.9));
      return { ...f, lang, source, target };
    }),
  );
}

/** Every translated pair, both texts normalised, in file order: the check's plain reading. */
function plainUses(files: readonly CheckFile[]): InconsistentUse[] {
  const uses: InconsistentUse[] = [];
  for (const f of files) {
    for (const [key, value] of f.target ?? []) {
      const raw = f.source.get(key);
      if (raw === undefined) continue;
      const source = normaliseSpace(raw);
      const target = normaliseSpace(value);
      if (source !== '' && target !== '') uses.push({ ns: f.ns, key, source, target });
    }
  }
  return uses;
}

/** The findings as judging every use gives them (judgeUses passes over sources translated alike). */
function plainFindings(files: readonly CheckFile[]) {
  return judgeUses(plainUses(files)).map(({ use, message }) => ({
    ns: use.ns,
    key: use.key,
    message,
  }));
}

/** The digest by its definition: per distinct normalised source, its first target or NaN, hashed. */
function plainDigest(files: readonly CheckFile[]) {
  const first = new Map<string, string | null>();
  for (const { source, target } of plainUses(files)) {
    const known = first.get(source);
    if (known === undefined) first.set(source, target);
    else if (known !== target) first.set(source, null);
  }
  return {
    sources: Float64Array.from(first.keys(), hashText53),
    targets: Float64Array.from(first.values(), (t) => (t === null ? Number.NaN : hashText53(t))),
  };
}

/** The files dealt at random into `parts` parts, each part's files in file order. */
function split(files: CheckFile[], parts: number, next: () => number): CheckFile[][] {
  const dealt: CheckFile[][] = Array.from({ length: parts }, () => []);
  for (const f of files) dealt[Math.floor(next() * parts)]!.push(f);
  return dealt;
}

/** The four steps of the parts path, the uses merged back into file order. */
function findInParts(files: CheckFile[], parts: CheckFile[][]) {
  const varied = variedSources(parts.map(digestTranslations));
  const order = new Map(files.map((f, index) => [f, index]));
  const uses = parts
    .flatMap((part) => usesOfVaried(part, varied))
    .sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return judgeUses(uses).map(({ use, message }) => ({ ns: use.ns, key: use.key, message }));
}

const use = (ns: string, key: string, source: string, target: string): InconsistentUse => ({
  ns,
  key,
  source,
  target,
});

describe('inconsistent in parts', () => {
  it('finds what judging every use finds, whole or however the files are split', () => {
    const next = random(20240607);
    let withFindings = 0;
    for (let run = 0; run < 400; run++) {
      const files = randomFiles(next);
      const parts = split(files, 2 + Math.floor(next() * 2), next);
      const expected = plainFindings(files);
      expect(findInconsistencies(files), `run ${run}`).toEqual(expected);
      expect(findInParts(files, parts), `run ${run}`).toEqual(expected);
      if (expected.length > 0) withFindings++;
    }
    // The generator must make the comparison meaningful.
    expect(withFindings).toBeGreaterThan(200);
  });

  it('digests as the plain walk does, whatever the whitespace', () => {
    const next = random(20250101);
    for (let run = 0; run < 300; run++) {
      const files = randomFiles(next, [...SPACED, ...SOURCES], [...SPACED, ...TARGETS]);
      expect(digestTranslations(files), `run ${run}`).toEqual(plainDigest(files));
    }
  });

  it('digests every language at once as each alone, sharing the source files', () => {
    const next = random(20250102);
    const langs = ['de', 'nb', 'uk'];
    for (let run = 0; run < 200; run++) {
      const files = inLanguages(randomFiles(next, [...SPACED, ...SOURCES]), langs, next);
      const parts = split(files, 2, next);
      const digests = parts.map(digestLanguages);
      for (const lang of langs) {
        const ofLang = (part: CheckFile[]) => part.filter((f) => f.lang === lang);
        parts.forEach((part, i) => {
          if (!part.some((f) => f.lang === lang)) expect(digests[i]![lang]).toBeUndefined();
          else expect(digests[i]![lang], `run ${run}`).toEqual(plainDigest(ofLang(part)));
        });
        const varied = variedSources(digests.flatMap((d) => d[lang] ?? []));
        const uses = parts.flatMap((part) => usesOfVaried(ofLang(part), varied));
        const found = judgeUses(uses.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file)));
        const expected = plainFindings(ofLang(files));
        expect(
          found.map(({ use, message }) => ({ ns: use.ns, key: use.key, message })),
          `run ${run}`,
        ).toEqual(expected);
        expect(findInconsistencies(ofLang(files)), `run ${run}`).toEqual(expected);
      }
    }
  });

  it('marks a source that one part itself translates two ways', () => {
    const part = [file({ x: 'Hej', y: 'Hej ', z: 'Tack' }, { x: 'Hi', y: 'Hello', z: 'Thanks' })];
    const digest = digestTranslations(part);
    expect([...digest.sources]).toEqual([hashText53('Hej'), hashText53('Tack')]);
    expect([...digest.targets]).toEqual([Number.NaN, hashText53('Thanks')]);
    const varied = variedSources([digest]);
    expect([...varied]).toEqual([hashText53('Hej')]);
    expect(usesOfVaried(part, varied).map((u) => u.key)).toEqual(['x', 'y']);
  });

  it('marks a source that two parts translate differently, and finds the odd use', () => {
    const one = file({ x: 'Hej', y: 'Hej' }, { x: 'Hi', y: 'Hi' }, { ns: 'one' });
    const two = file({ x: 'Hej', z: 'Tack' }, { x: 'Hello', z: 'Thanks' }, { ns: 'two' });
    const varied = variedSources([digestTranslations([one]), digestTranslations([two])]);
    expect([...varied]).toEqual([hashText53('Hej')]);
    expect(findInParts([one, two], [[two], [one]])).toEqual([
      { ns: 'two', key: 'x', message: '"Hej" is translated "Hello" here but "Hi" in one:x.' },
    ]);
  });

  it('returns no uses when the parts agree', () => {
    const one = file({ x: 'Hej' }, { x: 'Hi' }, { ns: 'one' });
    const two = file({ x: ' Hej', y: 'Tack' }, { x: 'Hi  ', y: 'Thanks' }, { ns: 'two' });
    const varied = variedSources([digestTranslations([one]), digestTranslations([two])]);
    expect(varied.size).toBe(0);
    expect(usesOfVaried([one], varied)).toEqual([]);
    expect(usesOfVaried([two], varied)).toEqual([]);
  });

  it('tells apart sources that a hash collision gathered together', () => {
    // As if 'Hej' and 'Tack' had one hash: each is translated one way, so nothing is wrong.
    expect(judgeUses([use('a', 'x', 'Hej', 'Hi'), use('a', 'y', 'Tack', 'Thanks')])).toEqual([]);
    const uses = [
      use('a', 'x', 'Hej', 'Hi'),
      use('a', 'y', 'Tack', 'Thanks'),
      use('b', 'x', 'Hej', 'Hi'),
      use('b', 'y', 'Tack', 'Cheers'),
      use('c', 'y', 'Tack', 'Thanks'),
    ];
    expect(judgeUses(uses)).toEqual([
      { use: uses[3], message: '"Tack" is translated "Cheers" here but "Thanks" in a:y.' },
    ]);
  });

  it('hashes to exact integers below 2^53, telling near texts apart', () => {
    const texts = ['', 'a', 'b', 'ab', 'ba', 'Hej', 'Hej ', 'hej', 'Hej då', 'Hej dä', '日本語'];
    const hashes = texts.map(hashText53);
    for (const hash of hashes) expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
    expect(new Set(hashes).size).toBe(texts.length);
    expect(hashText53('Hej då')).toBe(hashes[8]);
  });
});
