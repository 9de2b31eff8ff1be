import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { readSourceText } from '../../content/read-source.js';
import { UserError } from '../../errors.js';
import { formatSegmentTable, segmentText } from '../../segment/index.js';
import type { Command } from '../command.js';

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'Split Swedish texts into segments and show their keys, kinds and paragraphs',
  usage: 'tolk segment <file|directory>... [--format table|json]',
  options: { format: { type: 'string', default: 'table' } },
  async run({ values, positionals }, io) {
    const format = values.format;
    if (format !== 'table' && format !== 'json') {
      throw new UserError(
        `Could not segment: --format must be table or json, not "${String(format)}".`,
      );
    }
    if (positionals.length === 0) {
      throw new UserError(
        'Could not segment: no file given. Usage: tolk segment content/sv/article.txt',
      );
    }
    const files = (await Promise.all(positionals.map((p) => expand(resolve(io.cwd, p))))).flat();
    const several = files.length > 1 || positionals.some((p) => !/\.(txt|md)$/.test(p));
    const segments = [];
    for (const file of files) {
      const source = await readSourceText(file);
      for (const s of segmentText(source.text)) {
        const base = { key: s.key, text: s.text, kind: s.kind, paragraph: s.paragraph };
        segments.push(several ? { ...base, file: relative(io.cwd, file) } : base);
      }
    }
    if (format === 'json') io.stdout(`${JSON.stringify({ segments }, null, 2)}\n`);
    else io.stdout(`${formatSegmentTable(segments.map((s) => ({ ...s, start: 0, end: 0 })))}\n`);
    return 0;
  },
};

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw new UserError('Could not segment: the file does not exist. Check the path.', {
      position: { file: path },
    });
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => ['.txt', '.md'].includes(extname(n))).sort();
  if (names.length === 0) {
    throw new UserError('Could not segment: the directory holds no .txt or .md file.', {
      position: { file: path },
    });
  }
  return names.map((n) => join(path, n));
}
