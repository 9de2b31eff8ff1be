import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertComplete } from '../../scripts/bench/completeness.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function locales(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-bench-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(content));
  }
  return dir;
}

describe('assertComplete', () => {
  it('passes when every target has every Swedish key, nested or not', () => {
    const dir = locales({
      'sv/a.json': { p: { s1: 'Hej.', s2: 'Då.' }, h: 'Rubrik' },
      'de/a.json': { p: { s1: 'Hallo.', s2: 'Tschüss.' }, h: 'Titel' },
    });
    expect(() => assertComplete(dir, 'sv', ['de'])).not.toThrow();
  });

  it('stops the benchmark naming what a run left untranslated', () => {
    const dir = locales({
      'sv/a.json': { p: { s1: 'Hej.', s2: 'Då.' } },
      'de/a.json': { p: { s1: 'Hallo.' } },
      'sv/b.json': { h: 'Rubrik' },
    });
    expect(() => assertComplete(dir, 'sv', ['de'])).toThrow(
      'The first run left 2 key(s) untranslated, e.g. de/a.json p.s2, de/b.json h',
    );
  });
});
