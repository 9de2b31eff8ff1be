// Bad input through the real CLI: refused with exit 2, a message naming the file, line and fix,
// and not a byte changed on disk; or accepted without losing anything.

import { describe, expect, it } from 'vitest';
import { CONFIG_CASES } from './scenarios/bad-config.js';
import { FILE_CASES } from './scenarios/bad-files.js';
import { GLOSSARY_CASES } from './scenarios/bad-glossaries.js';
import { runBadInput } from './scenarios/bad-inputs.js';
import { SOURCE_CASES } from './scenarios/bad-sources.js';

const GROUPS = {
  'source texts': SOURCE_CASES,
  glossary: GLOSSARY_CASES,
  'locale files and lock': FILE_CASES,
  'config, provider modules and XLIFF': CONFIG_CASES,
};

for (const [group, cases] of Object.entries(GROUPS)) {
  describe(`bad input: ${group}`, () => {
    for (const input of cases) {
      it(`${input.name}: ${input.refuse ? 'refused with exit 2, file and line, nothing changed' : 'accepted, nothing lost'}`, async () => {
        const outcome = await runBadInput(input);
        expect(outcome.problems).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  });
}
