// glossary.yaml written by hand: syntax, duplicates, empty terms, language codes, and terms that
// look like regular expressions or overlap.

import type { BadInput } from './bad-inputs.js';
import { localeValues } from './bad-inputs.js';

const at = (line: number) => new RegExp(`glossary\\.yaml:${line}(:\\d+)?:`);

export const GLOSSARY_CASES: BadInput[] = [
  {
    name: 'glossary not valid YAML',
    kind: 'glossary',
    project: {
      glossary:
        'terms:\n  Xi Jinping:\n    translations: { de: Xi Jinping\n  SCO:\n    keep: true\n',
    },
    refuse: { says: /Could not read.*glossary|YAML/i, at: /glossary\.yaml:\d+/ },
  },
  {
    name: 'glossary with a term twice',
    kind: 'glossary',
    project: { glossary: 'terms:\n  SCO:\n    keep: true\n  SCO:\n    keep: true\n' },
    refuse: { says: /SCO/, at: at(4) },
  },
  {
    name: 'glossary term with neither translations nor keep',
    kind: 'glossary',
    project: { glossary: 'terms:\n  SCO:\n    keep: true\n  Kina:\n    note: landet\n' },
    refuse: { says: /Kina.*(translations|keep)/s, at: at(4) },
  },
  {
    name: 'glossary with an unknown language code',
    kind: 'glossary',
    project: {
      glossary: 'terms:\n  Kina:\n    translations:\n      de: China\n      english: China\n',
    },
    refuse: { says: /"english" is not a valid language code/, at: at(5) },
  },
  {
    name: 'overlapping terms: the longest wins (accepted)',
    kind: 'glossary',
    project: {
      glossary:
        'terms:\n  Xi:\n    translations: { de: XI-KURZ }\n  Xi Jinping:\n    translations: { de: XI-LANG }\n',
      files: { 'content/sv/xi.txt': 'Xi Jinping i Samarkand\n\nXi Jinping och Xi möttes.\n' },
    },
    accept: (dir) => {
      const de = [...localeValues(dir, 'de', 'xi').values()].join(' ');
      const problems: string[] = [];
      if ((de.match(/XI-LANG/g) ?? []).length !== 2)
        problems.push(`Xi Jinping not pinned twice: ${de}`);
      if ((de.match(/XI-KURZ/g) ?? []).length !== 1) problems.push(`Xi not pinned once: ${de}`);
      return problems;
    },
  },
  {
    name: 'terms with regex characters: AP/TT, S:t, C++ (accepted, matched literally)',
    kind: 'glossary',
    project: {
      glossary:
        'terms:\n  AP/TT:\n    keep: true\n  S:t Eriks:\n    keep: true\n  C++:\n    translations: { de: CPLUSPLUS }\n',
      files: {
        'content/sv/tecken.txt':
          'Foto: Anna Svensson, AP/TT\n\nPå S:t Eriks sjukhus skriver de C++ men inte C eller APxTT.\n',
      },
    },
    accept: (dir) => {
      const de = [...localeValues(dir, 'de', 'tecken').values()].join(' ');
      const problems: string[] = [];
      for (const kept of ['AP/TT', 'S:t Eriks', 'CPLUSPLUS']) {
        if (!de.includes(kept)) problems.push(`de lost ${kept}: ${de}`);
      }
      if ((de.match(/CPLUSPLUS/g) ?? []).length !== 1)
        problems.push(`C++ matched too often: ${de}`);
      return problems;
    },
  },
  {
    name: 'glossary not UTF-8',
    kind: 'glossary',
    project: {
      files: { 'glossary.yaml': Buffer.from('terms:\n  Malmö:\n    keep: true\n', 'latin1') },
    },
    refuse: { says: /UTF-8/, at: /glossary\.yaml/ },
  },
];
