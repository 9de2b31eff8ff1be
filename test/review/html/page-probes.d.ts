// Types of the in-page functions in page-probes.js; they run in Chromium, not in Node.

export interface Box {
  top: number;
  left: number;
  right: number;
}

export interface RowView {
  key: string;
  source: string;
  target: string;
  status: string;
  findings: string[];
  srcTerms: Array<{ text: string; title: string }>;
  tgtTerms: Array<{ text: string; title: string }>;
  src: Box;
  tgt: Box;
  /** The row takes space (a filter did not hide it). */
  visible: boolean;
}

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

export interface Spill {
  text: string;
  cell: string;
  by: number;
}

export interface PageStyles {
  body: string;
  mark: string;
  markCell: string;
  filters: string;
  rowBreak: string;
  factbox: { top: string; side: string; background: string };
}

export function readRows(): RowView[];
export function measureOverflow(): { scrollWidth: number; innerWidth: number; widest: number };
export function readStyles(): PageStyles;
export function readCellLangs(): { src: string[]; tgt: string[] };
export function readDiff(rowSelector: string): { del: string[]; ins: string[] };
export function readInjection(): {
  pwned: unknown;
  injected: number;
  source: string;
  target: string;
  title: string;
  bodyShown: string;
};
export function findContrastFailures(): ContrastFailure[];
export function findCellSpills(): Spill[];
