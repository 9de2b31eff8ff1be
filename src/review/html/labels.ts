// The words the page uses for statuses, kinds and severities: colour is never the only signal.

import type { SegmentKind, Severity } from '../../types.js';
import type { ReviewStatus } from './model.js';

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  machine: 'Machine',
  human: 'Human-edited',
  manual: 'Manual',
  stale: 'Stale',
  missing: 'Missing',
};

/** Longer wording for the summary and tooltips. */
export const STATUS_DESCRIPTIONS: Record<ReviewStatus, string> = {
  machine: 'machine-made, not edited by a person',
  human: 'edited by a reviewer; tolk never overwrites it',
  manual: 'written by hand, never sent to an engine',
  stale: 'human translation whose Swedish changed since; review it',
  missing: 'no translation in the locale file',
};

export const KIND_LABELS: Record<SegmentKind, string> = {
  headline: 'Headline',
  lede: 'Lede',
  caption: 'Caption',
  credit: 'Credit',
  dateline: 'Dateline',
  timestamp: 'Timestamp',
  paragraph: 'Paragraph',
  quote: 'Quote',
  subheading: 'Subheading',
  'factbox-title': 'Fact box title',
  factbox: 'Fact box',
  source: 'Source line',
  boilerplate: 'Boilerplate',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};
