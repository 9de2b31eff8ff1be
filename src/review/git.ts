// Git, run through execFile and spawn with argument arrays, never a shell: a ref or path cannot
// inject a command. Only reads.

import { execFile, spawn } from 'node:child_process';

const MAX_BUFFER = 256 * 1024 * 1024;

export function runGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_BUFFER,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (error) {
          const why = stderr.toString('utf8').trim() || error.message;
          reject(Object.assign(new Error(why), { cause: error }));
        } else resolve(stdout);
      },
    );
  });
}

/** `<mode> blob <oid>\t<path>` records (NUL-separated); submodules and links are skipped. */
export function parseTree(listing: string): Array<{ oid: string; path: string }> {
  return listing
    .split('\0')
    .filter(Boolean)
    .flatMap((record) => {
      const tab = record.indexOf('\t');
      const [mode, type, oid] = record.slice(0, tab).split(' ');
      if (type !== 'blob' || mode === '120000' || !oid) return [];
      return [{ oid, path: record.slice(tab + 1) }];
    });
}

/** Every blob's bytes through one `git cat-file --batch`, in the order asked. */
export function readBlobs(cwd: string, oids: readonly string[]): Promise<Buffer[]> {
  if (oids.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(stderr.trim() || `git cat-file exited with ${code}`));
      else {
        try {
          resolve(splitBatch(Buffer.concat(out), oids.length));
        } catch (error) {
          reject(error);
        }
      }
    });
    child.stdin.end(`${oids.join('\n')}\n`);
  });
}

/** `<oid> <type> <size>\n<bytes>\n`, repeated. */
function splitBatch(output: Buffer, count: number): Buffer[] {
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const newline = output.indexOf(10, at);
    const header = output.subarray(at, newline).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (newline < 0 || header[1] !== 'blob' || !Number.isInteger(size)) {
      throw new Error(`unexpected answer from git cat-file: ${header.join(' ')}`);
    }
    blobs.push(output.subarray(newline + 1, newline + 1 + size));
    at = newline + 1 + size + 1;
  }
  return blobs;
}
