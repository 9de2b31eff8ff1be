// Reads the public Swedish segmentation cases (a copy of ../shared/fixtures/segmentation/sv-public.jsonl).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SegmentationCase {
  id: string;
  tags: string[];
  text: string;
  sentences: string[];
}

const FILE = fileURLToPath(new URL('../fixtures/segment/sv-public.jsonl', import.meta.url));

export function readSegmentationCases(): SegmentationCase[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SegmentationCase);
}
