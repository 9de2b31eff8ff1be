// Shared steps of the run-and-check scenarios: a reference run, what a stopped run kept, and a
// rerun that must finish without sending a finished segment again.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DeeplMockServer } from '../../../src/testing/index.js';
import { checkIntegrity, compareValues, type Integrity } from './integrity.js';
import { mockEnv, sentTexts } from './mock.js';
import { copyProject, removeProject } from './project.js';
import { type CliRun, runTolk } from './run-tolk.js';

export interface Reference {
  values: Integrity['values'];
  /** Characters the mock billed for a clean run from the same start. */
  billed: number;
  /** Translate requests of a clean run. */
  requests: number;
  /** Characters of the largest request of a clean run: what one lost request can cost. */
  largestRequest: number;
}

/** A clean run of a copy of `template` against a fresh state of `server`. */
export async function runReference(template: string, server: DeeplMockServer): Promise<Reference> {
  const dir = copyProject(template);
  try {
    resetServer(server);
    const run = await runTolk(dir, ['translate'], mockEnv(server.url));
    if (run.code !== 0) throw new Error(`reference run failed (${run.code}): ${run.stderr}`);
    const integrity = checkIntegrity(dir);
    if (integrity.problems.length > 0) throw new Error(integrity.problems.join('\n'));
    const sizes = server.state.requests
      .filter((r) => r.path === '/v2/translate')
      .map((r) => (r.fields.text ?? []).reduce((n, t) => n + [...t].length, 0));
    return {
      values: integrity.values,
      billed: server.state.characterCount,
      requests: server.state.counters.translateRequests,
      largestRequest: Math.max(0, ...sizes),
    };
  } finally {
    removeProject(dir);
  }
}

/** Back to a fresh mock: no faults, no log, no quota used; settings kept. */
export function resetServer(server: DeeplMockServer): void {
  const { state } = server;
  state.requests.length = 0;
  state.faults.length = 0;
  state.characterCount = 0;
  state.characterLimit = Number.MAX_SAFE_INTEGER;
  for (const name of Object.keys(state.counters) as Array<keyof typeof state.counters>) {
    // Requests still being answered decrement it when they end.
    if (name !== 'inFlight') state.counters[name] = 0;
  }
}

/**
 * Waits until the mock answers no request. A scenario's slow answers (4 s, after the client gave up
 * at 1.5 s) were otherwise logged into a later scenario's rerun, as texts sent again.
 */
export async function drainServer(server: DeeplMockServer, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.state.counters.inFlight > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * lang (lower case) → Swedish texts whose translation the files hold, in the namespaces that are
 * still sources (`namespaces`): what must never be sent again.
 */
export function lockedSources(
  integrity: Integrity,
  namespaces?: ReadonlySet<string>,
): Map<string, Set<string>> {
  const sources = integrity.values.get('sv');
  const locked = new Map<string, Set<string>>();
  for (const [lang, byNs] of integrity.values) {
    if (lang === 'sv') continue;
    const set = new Set<string>();
    for (const [ns, values] of byNs) {
      if (namespaces && !namespaces.has(ns)) continue;
      for (const key of values.keys()) {
        const text = sources?.get(ns)?.get(key);
        if (text !== undefined) set.add(text);
      }
    }
    locked.set(lang.toLowerCase(), set);
  }
  return locked;
}

export interface RerunCheck {
  run: CliRun;
  problems: string[];
  /** Texts sent again although their translation was already written and locked. */
  resent: number;
}

/**
 * Runs tolk again on `dir` (the fault gone) and checks: exit 0, files whole and equal to the
 * reference, and no text whose translation `before` already held was sent again.
 */
export async function rerunToCompletion(
  dir: string,
  server: DeeplMockServer,
  reference: Reference,
  before: Integrity,
): Promise<RerunCheck> {
  const namespaces = new Set(
    readdirSync(join(dir, 'content/sv')).map((name) => name.replace(/\.[^.]+$/, '')),
  );
  const finished = lockedSources(before, namespaces);
  const logStart = server.state.requests.length;
  const run = await runTolk(dir, ['translate'], mockEnv(server.url));
  const problems: string[] = [];
  if (run.code !== 0) problems.push(`rerun exited ${run.code}: ${run.stderr.trim()}`);
  const after = checkIntegrity(dir);
  problems.push(...after.problems, ...compareValues(after.values, reference.values));
  if (after.leftovers.length > 0) problems.push(`leftover files: ${after.leftovers.join(', ')}`);
  let resent = 0;
  const rerunLog = {
    ...server,
    state: { ...server.state, requests: server.state.requests.slice(logStart) },
  };
  for (const [lang, texts] of sentTexts(rerunLog)) {
    for (const text of texts) if (finished.get(lang)?.has(text)) resent++;
  }
  if (resent > 0) problems.push(`${resent} finished text(s) sent again`);
  return { run, problems, resent };
}

/** What a stopped run must leave: whole files, true lock claims, and only reference translations. */
export function checkStopped(
  dir: string,
  reference: Reference,
): { integrity: Integrity; problems: string[] } {
  const integrity = checkIntegrity(dir);
  const problems = [...integrity.problems];
  // A written value must be the reference's: a short or shifted answer would show here.
  problems.push(
    ...compareValues(integrity.values, reference.values).filter((d) => d.startsWith('different')),
  );
  return { integrity, problems };
}

export const localeFile = (dir: string, lang: string, ns: string) =>
  join(dir, 'locales', lang, `${ns}.json`);
