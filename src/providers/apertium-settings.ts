// The `providers.apertium` section of tolk.config.yaml, validated.

import { UserError } from '../errors.js';
import { DEFAULT_MODES_DIR } from './apertium-modes.js';

export interface ApertiumSettings {
  /** Where the `.mode` files are (`/usr/share/apertium/modes`). */
  modesDir: string;
  /** Long-lived pipelines per mode (~250 MB each). */
  pipelines: number;
  /** Texts per batch; the tagger starts afresh for each batch. */
  maxBatch: number;
  /** A batch taking longer kills its pipeline. */
  timeoutMs: number;
  /** Allow modes marked experimental (`is` → swe-isl). */
  experimental: boolean;
}

export const DEFAULT_APERTIUM_SETTINGS: ApertiumSettings = {
  modesDir: DEFAULT_MODES_DIR,
  pipelines: 2,
  maxBatch: 50,
  timeoutMs: 30_000,
  experimental: false,
};

export function readApertiumSettings(raw: Readonly<Record<string, unknown>>): ApertiumSettings {
  const settings = { ...DEFAULT_APERTIUM_SETTINGS };
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'modesDir' && typeof value === 'string' && value !== '')
      settings.modesDir = value;
    else if (field === 'pipelines' && isWholeNumber(value, 1, 16)) settings.pipelines = value;
    else if (field === 'maxBatch' && isWholeNumber(value, 1, 1000)) settings.maxBatch = value;
    else if (field === 'timeoutMs' && isWholeNumber(value, 100, 600_000))
      settings.timeoutMs = value;
    else if (field === 'experimental' && typeof value === 'boolean') settings.experimental = value;
    else throw settingError(field, value);
  }
  return settings;
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

const EXPECTED: Record<string, string> = {
  modesDir: 'a directory path',
  pipelines: 'a whole number from 1 to 16',
  maxBatch: 'a whole number from 1 to 1000',
  timeoutMs: 'a whole number of milliseconds from 100 to 600000',
  experimental: 'true or false',
};

function settingError(field: string, value: unknown): UserError {
  const expected = EXPECTED[field];
  if (expected === undefined) {
    const known = Object.keys(EXPECTED).join(', ');
    return new UserError(
      `Could not read providers.apertium.${field}: there is no such setting. Use one of ${known}, or remove it.`,
    );
  }
  return new UserError(
    `Could not read providers.apertium.${field}: expected ${expected}, got ${JSON.stringify(value)}. Fix the value or remove it.`,
  );
}
