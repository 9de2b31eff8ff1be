// The top self-time functions of a `node --cpu-prof` profile, to say where tolk's CPU goes.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  /** `functionName (file:line)` */
  name: string;
  selfMs: number;
  share: number;
}

/** node_modules/<pkg>/… or src/… instead of a long file URL. */
function shortenUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const src = url.lastIndexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, '');
}

export function summariseCpuProfile(profile: CpuProfile, top: number): ProfileLine[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += delta;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = url
      ? `${functionName || '(anonymous)'} (${shortenUrl(url)}:${lineNumber + 1})`
      : functionName || '(anonymous)';
    self.set(name, (self.get(name) ?? 0) + delta);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, selfMs]) => ({ name, selfMs, share: total > 0 ? selfMs / total : 0 }));
}

/** Busy (not idle) time of a profile, in ms. */
function busyMs(profile: CpuProfile): number {
  const idle = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) total += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return total;
}

/**
 * Summarises the busiest profile node wrote into `dir`: the main thread. (tsx's module loader runs
 * in a worker thread of its own, which gets a profile too; its CPU is start-up only.)
 */
export async function summariseProfile(dir: string, top: number): Promise<ProfileLine[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  let busiest: CpuProfile | undefined;
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    if (!busiest || busyMs(profile) > busyMs(busiest)) busiest = profile;
  }
  return busiest ? summariseCpuProfile(busiest, top) : [];
}
