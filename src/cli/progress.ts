// Progress on a terminal is one line redrawn in place; elsewhere (CI logs) a plain line per language.

export interface Progress {
  update(lang: string, done: number, total: number): void;
  finish(): void;
}

export function createProgress(write: (text: string) => void, isTTY: boolean): Progress {
  const state = new Map<string, { done: number; total: number }>();
  const reported = new Set<string>();
  let drawn = false;
  return {
    update(lang, done, total) {
      state.set(lang, { done, total });
      if (!isTTY) {
        if (done >= total && total > 0 && !reported.has(lang)) {
          reported.add(lang);
          write(`${lang}: ${total} text${total === 1 ? '' : 's'} translated\n`);
        }
        return;
      }
      let sumDone = 0;
      let sumTotal = 0;
      for (const s of state.values()) {
        sumDone += s.done;
        sumTotal += s.total;
      }
      const width = 30;
      const filled = sumTotal === 0 ? width : Math.round((sumDone / sumTotal) * width);
      const langs = [...state].map(([l, s]) => `${l} ${s.done}/${s.total}`).join('  ');
      write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${sumDone}/${sumTotal}  ${langs}\u001b[K`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) write('\n');
    },
  };
}
