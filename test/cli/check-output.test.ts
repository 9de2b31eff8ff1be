import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { useFilesProjects } from '../helpers/files-project.js';

const project = useFilesProjects('tolk-check-output-');

describe('tolk check output', () => {
  it('writes a large report at the pace its reader takes it', async () => {
    // Enough findings for many pieces of JSON: a key in the wrong language, many times over.
    const sv: Record<string, string> = {};
    const de: Record<string, string> = {};
    for (let i = 0; i < 600; i++) {
      sv[`k${i}`] = `Mötet börjar klockan ${i}.`;
      de[`k${i}`] = `Das Treffen beginnt um ${i + 1} Uhr.`;
    }
    const dir = project({
      'tolk.config.yaml': 'targets: [de]\n',
      'locales/sv/ui.json': sv,
      'locales/de/ui.json': de,
    });
    const pieces: string[] = [];
    let waiting = 0;
    let writtenWhileWaiting = 0;
    const code = await main(['check', '--format', 'json'], {
      cwd: dir,
      env: {},
      // A slow reader: every piece waits a tick before the next may come.
      stdout: (text) => {
        if (waiting > 0) writtenWhileWaiting++;
        pieces.push(text);
        waiting++;
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            waiting--;
            resolve();
          }),
        );
      },
      stderr: () => undefined,
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(writtenWhileWaiting).toBe(0);
    const findings = JSON.parse(pieces.join('')) as Array<{ check: string }>;
    expect(findings.filter((f) => f.check === 'number')).toHaveLength(600);
  });
});
