import type { CheckEntry, EntryCheck } from './types.js';

/** An empty translation renders as nothing; i18next does not fall back to the source. */
export function checkEmpty(entry: CheckEntry): string[] {
  if (entry.target.trim() !== '' || entry.source.trim() === '') return [];
  return [
    'The translation is empty. Translate it, or delete the key so the next `tolk translate` fills it.',
  ];
}

export const emptyCheck: EntryCheck = {
  id: 'empty',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  runOnEmpty: true,
  check: checkEmpty,
};
