// Swedish UI strings as an i18next JSON file: nested objects of strings, flattened to dotted keys
// in file order, read with the same strict reader as the locale files (lines, duplicates, no
// prototype keys), but with messages that speak of a source file, which must never be deleted.

import { UserError } from '../errors.js';
import { parseLocaleJson } from '../locales/parse-json.js';

const LOCALE_WORDING = /Could not read the locale file: (.*?)\. Fix the JSON at this line/s;

export function readSourceStrings(text: string, file: string): ReadonlyMap<string, string> {
  let parsed: ReturnType<typeof parseLocaleJson>;
  try {
    parsed = parseLocaleJson(text, file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const why = LOCALE_WORDING.exec(error.message)?.[1] ?? error.message;
    throw new UserError(
      `Could not read the source strings: ${why}. Fix the JSON there (an i18next file: an object of strings, objects nest keys).`,
      { ...(error.position ? { position: error.position } : {}), cause: error },
    );
  }
  for (const [key, value] of parsed.values) {
    const line = parsed.lines.get(key);
    const position = { file, ...(line === undefined ? {} : { line }) };
    if (key.includes(':')) {
      throw new UserError(
        `Could not use the source key "${key}": i18next reads ":" as the namespace separator, so the key could never be looked up. Rename it without ":".`,
        { position },
      );
    }
    if (key.split('.').some((part) => part === '')) {
      throw new UserError(
        `Could not use the source key "${key}": an empty part between dots cannot be nested. Rename it.`,
        { position },
      );
    }
    if (value.trim() === '') {
      throw new UserError(
        `Could not use the source key "${key}": its Swedish text is empty, so there is nothing to translate. Write the text, or delete the key.`,
        { position },
      );
    }
  }
  return parsed.values;
}
