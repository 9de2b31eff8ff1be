// The segment stage: Swedish text → keyed segments (blocks, kinds, sentences, stable keys).

export { formatSegmentTable } from './format-segment-table.js';
export { buildBaseKey, buildParagraphKeys } from './keys.js';
export { segmentText } from './segment-text.js';
export { findSentenceSpans, type Span, splitSentences } from './split-sentences.js';
