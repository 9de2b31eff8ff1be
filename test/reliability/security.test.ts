// Security: the API key never leaks; no shell anywhere; glossary matching stays linear on
// adversarial text; a paragraph far beyond DeepL's request limit is split, not refused.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchTerms, parseGlossary } from '../../src/glossary/index.js';
import type { DeeplMockServer } from '../../src/testing/index.js';
import { fakeTranslate } from '../../src/testing/index.js';
import { protectText } from '../../src/translate/protect.js';
import { createFaultProject } from './scenarios/faults.js';
import { LEAK_RUNS, runLeakScan } from './scenarios/leak.js';
import { mockEnv, SECRET_KEY, startMock } from './scenarios/mock.js';
import { createProject, REPO, removeProject } from './scenarios/project.js';
import { runTolk, spawnTolk } from './scenarios/run-tolk.js';
import { resetServer } from './scenarios/translate-check.js';

let server: DeeplMockServer;

beforeAll(async () => {
  server = await startMock();
});

afterAll(async () => {
  await server.close();
});

describe('the API key never leaks', () => {
  it(`in ${LEAK_RUNS.length} runs (success, 403, 456, 500s, timeouts, glossary sync, check, status): not in any output or file`, async () => {
    const outcomes = await runLeakScan(server);
    expect(outcomes.flatMap((o) => o.leaks)).toEqual([]);
    // The failing runs did fail, so their error paths were exercised.
    const codes = Object.fromEntries(outcomes.map((o) => [o.name, o.code]));
    expect(codes['a key DeepL refuses (403)']).toBe(3);
    expect(codes['quota used up (456)']).toBe(3);
    expect(codes['a 500 outage']).toBe(3);
    expect(codes['answers slower than the timeout']).toBe(3);
    expect(outcomes.every((o) => o.files > 0)).toBe(true);
  }, 120_000);

  it('not in what a child process prints when DeepL refuses the key', async () => {
    const dir = createFaultProject();
    try {
      resetServer(server);
      server.state.authKey = 'another-key';
      const run = await spawnTolk(dir, ['translate'], mockEnv(server.url)).done;
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/DeepL refused the key in DEEPL_AUTH_KEY \(403\)/);
      expect(run.stdout + run.stderr).not.toContain(SECRET_KEY);
    } finally {
      server.state.authKey = undefined;
      removeProject(dir);
    }
  }, 60_000);
});

describe('no shell', () => {
  const files = listSources(join(REPO, 'src'));

  it('nothing runs a command line through a shell', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const where = relative(REPO, file);
      if (/shell\s*:\s*(true|['"`])/.test(text)) offenders.push(`${where}: shell option`);
      if (/\b(exec|execSync)\s*\(/.test(text.replace(/\.exec\(/g, '')))
        offenders.push(`${where}: exec()`);
      const imports = /import\s*\{([^}]*)\}\s*from\s*'node:child_process'/.exec(text)?.[1] ?? '';
      for (const name of imports.split(',').map((n) => n.replace(/\btype\b/, '').trim())) {
        if (
          name &&
          !['spawn', 'execFile', 'ChildProcess', 'spawnSync', 'execFileSync'].includes(name)
        ) {
          offenders.push(`${where}: imports ${name} from node:child_process`);
        }
      }
      if (/require\(['"](node:)?child_process['"]\)/.test(text))
        offenders.push(`${where}: require`);
    }
    expect(offenders).toEqual([]);
  });

  it('external engines are spawned with argument arrays, never one command string', () => {
    const calls: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /\b(spawn|execFile|spawnSync|execFileSync)\(\s*([^,()]+),\s*([^,)]+)/g,
      )) {
        calls.push(`${relative(REPO, file)}: ${m[1]}(${m[2]!.trim()}, ${m[3]!.trim()}`);
        // The second argument is an array literal or a variable holding one, never a template string.
        expect(m[3]!.trim(), `${relative(REPO, file)}`).not.toMatch(/^[`'"]/);
        expect(m[2]!.trim(), `${relative(REPO, file)}`).not.toMatch(/^`.*\s.*`$/);
      }
    }
    // The test would pass vacuously if the engines stopped being found.
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('glossary matching on adversarial text', () => {
  const glossary = parseGlossary(
    [
      'terms:',
      '  Kina Kina Kina Kina Kina Kina Kina Kina Kina Kina Ryssland:',
      '    keep: true',
      '  Kina:',
      '    translations: { de: China }',
      '  a a a a a a a a a a a a a a a a a a a a b:',
      '    keep: true',
      '  C++:',
      '    keep: true',
      '  S:t Eriks:',
      '    keep: true',
      '  AP/TT:',
      '    keep: true',
      '',
    ].join('\n'),
    'glossary.yaml',
    { targets: ['de'] },
  ).glossary;

  const texts: Record<string, string> = {
    'a near-miss of a long term, repeated': 'Kina '.repeat(210_000),
    'one letter, repeated with spaces': 'a '.repeat(520_000),
    'one word a megabyte long': 'a'.repeat(1_048_576),
    'regex characters, repeated': 'C+ C++ S:t S: AP/ AP/TT '.repeat(45_000),
    'genitive and punctuation noise': "Kinas:s Kina's Kina:s-Kina, ".repeat(38_000),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`completes on 1 MB: ${name}`, () => {
      expect(text.length).toBeGreaterThan(1_000_000);
      const matches = matchTerms(text, glossary);
      // Matches never overlap and always are the longest at their place.
      for (let i = 1; i < matches.length; i++) {
        expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
      }
      if (name.startsWith('a near-miss')) expect(matches.length).toBe(210_000);
    }, 20_000);
  }
});

describe('masking and restoring a paragraph full of names and placeholders', () => {
  const glossary = parseGlossary(
    'terms:\n  Putin:\n    translations: { de: Putin }\n  Kina:\n    keep: true\n',
    'glossary.yaml',
    { targets: ['de'] },
  ).glossary;
  const text = 'Putin och Kina med {{count}} och <b>fetstil</b>. '.repeat(21_000);
  for (const [name, token] of Object.entries({
    brackets: (i: number) => `⟦${i}⟧`,
    'xml tag': (i: number) => `<x id="${i}"/>`,
  })) {
    it(`completes on 1 MB and gives the text back (${name} tokens, 84 000 tokens)`, () => {
      expect(text.length).toBeGreaterThan(1_000_000);
      const guarded = protectText(text, { lang: 'de', token, terms: matchTerms(text, glossary) });
      expect(guarded.request).not.toContain('{{count}}');
      expect(guarded.restore(guarded.request)).toEqual({ text, damaged: false });
    }, 20_000);
  }
});

describe('a 200 000-character paragraph', () => {
  it('is split to fit DeepL requests (128 KiB) and comes back whole', async () => {
    const words = [
      'regeringen',
      'meddelade',
      'att',
      'budgeten',
      'ökar',
      'och',
      'kommunerna',
      'får',
      'mer',
    ];
    let paragraph = '';
    for (let i = 0; paragraph.length < 200_000; i++) paragraph += `${words[i % words.length]} `;
    paragraph = `${paragraph.trim()}.`;
    const dir = createProject({
      seed: false,
      glossary: false,
      config: 'targets: [de]\nprovider: deepl\n',
      files: { 'content/sv/lang.txt': `Rubrik om budgeten\n\n${paragraph}\n` },
    });
    try {
      resetServer(server);
      const run = await runTolk(dir, ['translate'], mockEnv(server.url));
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code).toBe(0);
      const translate = server.state.requests.filter((r) => r.path === '/v2/translate');
      expect(translate.length).toBeGreaterThanOrEqual(2);
      for (const r of translate) {
        expect(r.status).toBe(200);
        expect(r.bodyBytes).toBeLessThanOrEqual(128 * 1024);
      }
      const de = JSON.parse(readFileSync(join(dir, 'locales/de/lang.json'), 'utf8')) as Record<
        string,
        string
      >;
      const value = Object.values(de).find((v) => v.length > 100_000);
      expect(value).toBe(fakeTranslate(paragraph, 'DE'));
    } finally {
      removeProject(dir);
    }
  }, 60_000);
});

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listSources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}
