import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { suggestName } from '../suggest.js';
import type { Severity } from '../types.js';
import {
  CONFIG_FILE,
  DEFAULTS,
  PROVIDER_SECTIONS,
  SEGMENT_KINDS,
  TOP_LEVEL_FIELDS,
} from './defaults.js';
import { isKnownLanguage } from './language.js';
import type { TolkConfig } from './types.js';
import { entriesOf, parseYamlSource, type YamlSource } from './yaml-source.js';

/** Reads tolk.config.yaml from `cwd` (optional) and fills in the defaults. */
export async function loadConfig(cwd: string): Promise<TolkConfig> {
  const file = join(cwd, CONFIG_FILE);
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UserError(
        `Could not read the config: ${(error as Error).message}. Make ${CONFIG_FILE} a readable file.`,
        { position: { file }, cause: error },
      );
    }
  }
  const fields =
    text === undefined
      ? new Map<string, Field>()
      : readFields(parseYamlSource(text, file, 'the config'));
  return buildConfig(cwd, text === undefined ? undefined : file, fields);
}

interface Field {
  value: unknown;
  node: Node | undefined;
  fail(message: string): never;
}

function readFields(source: YamlSource): Map<string, Field> {
  const fields = new Map<string, Field>();
  if (!source.root) return fields;
  for (const { name, keyNode, value } of entriesOf(source.root)) {
    const fail = (message: string, node: Node | undefined = keyNode): never => {
      throw new UserError(`Could not load the config: field "${name}" ${message}`, {
        position: { file: source.file, ...source.positionOf(node) },
      });
    };
    if (!(TOP_LEVEL_FIELDS as readonly string[]).includes(name)) {
      const hint = suggestName(name, TOP_LEVEL_FIELDS);
      fail(
        `is not a tolk setting. ${hint ? `Did you mean "${hint}"? ` : ''}Known fields: ${TOP_LEVEL_FIELDS.join(', ')}.`,
      );
    }
    const node = value as Node | undefined;
    fields.set(name, { value: toPlain(node), node, fail: (m) => fail(m, node ?? keyNode) });
  }
  return fields;
}

function toPlain(node: Node | undefined): unknown {
  if (node === undefined || node === null) return undefined;
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) return node.toJSON();
  return undefined;
}

async function buildConfig(
  root: string,
  file: string | undefined,
  fields: Map<string, Field>,
): Promise<TolkConfig> {
  const str = (name: string, fallback: string): string => {
    const field = fields.get(name);
    if (!field || field.value === undefined) return fallback;
    if (typeof field.value !== 'string' || field.value.trim() === '')
      field.fail('must be a non-empty string.');
    return field.value as string;
  };
  const path = (name: string, fallback: string): string => {
    const value = str(name, fallback);
    const absolute = resolve(root, value);
    const rel = relative(root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      (fields.get(name)?.fail ?? failDefault(name))(
        `points outside the project ("${value}"). Use a path inside the project directory.`,
      );
    }
    return absolute;
  };

  const source = str('source', DEFAULTS.source);
  if (!isKnownLanguage(source))
    fields.get('source')?.fail(`"${source}" is not a known language code.`);
  const locales = path('locales', DEFAULTS.locales);
  const targets = fields.has('targets')
    ? readTargets(fields.get('targets')!, source)
    : await listLocaleFolders(locales, source);

  const config: TolkConfig = {
    root,
    source,
    targets,
    content: path('content', DEFAULTS.content),
    locales,
    glossary: path('glossary', DEFAULTS.glossary),
    lock: path('lock', DEFAULTS.lock),
    provider: str('provider', DEFAULTS.provider),
    providers: readProviderSections(fields),
    exclude: readExclude(fields.get('exclude')),
    maskTerms: readBoolean(fields.get('maskTerms'), false),
    checks: readChecks(fields.get('checks')),
  };
  if (file) config.file = file;
  return config;
}

function failDefault(name: string): (message: string) => never {
  return (message) => {
    throw new UserError(`Could not load the config: default ${name} ${message}`);
  };
}

function readTargets(field: Field, source: string): string[] {
  const value = field.value;
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    field.fail('must be a non-empty list of language codes, e.g. [en-GB, de].');
  }
  const targets = value as string[];
  for (const target of targets) {
    if (!isKnownLanguage(target)) {
      field.fail(
        `lists "${target}", which is not a known language code. Use a BCP 47 tag such as en-GB, de, uk or nb.`,
      );
    }
    if (target === source)
      field.fail(`lists the source language "${source}" as a target. Remove it.`);
  }
  if (new Set(targets).size !== targets.length)
    field.fail('lists a language twice. Remove the duplicate.');
  return targets;
}

/** Without a `targets` field, every language folder under locales/ but the source is a target. */
async function listLocaleFolders(locales: string, source: string): Promise<string[]> {
  try {
    const entries = await readdir(locales, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && e.name !== source && isKnownLanguage(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

function readProviderSections(fields: Map<string, Field>): Record<string, Record<string, unknown>> {
  const sections: Record<string, Record<string, unknown>> = {};
  for (const name of PROVIDER_SECTIONS) {
    const field = fields.get(name);
    if (!field || field.value === undefined || field.value === null) continue;
    if (typeof field.value !== 'object' || Array.isArray(field.value)) {
      field.fail('must be a mapping of provider settings.');
    }
    sections[name] = field.value as Record<string, unknown>;
  }
  return sections;
}

function readExclude(field: Field | undefined): string[] {
  if (!field || field.value === undefined) return [];
  const value = field.value;
  if (!Array.isArray(value))
    field.fail(`must be a list of segment kinds: ${SEGMENT_KINDS.join(', ')}.`);
  for (const kind of value as unknown[]) {
    if (typeof kind !== 'string' || !(SEGMENT_KINDS as readonly string[]).includes(kind)) {
      field.fail(
        `lists "${String(kind)}", which is not a segment kind. Use one of: ${SEGMENT_KINDS.join(', ')}.`,
      );
    }
  }
  return value as string[];
}

function readBoolean(field: Field | undefined, fallback: boolean): boolean {
  if (!field || field.value === undefined) return fallback;
  if (typeof field.value !== 'boolean') field.fail('must be true or false.');
  return field.value as boolean;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

function readChecks(field: Field | undefined): Record<string, Severity | 'off'> {
  if (!field || field.value === undefined) return {};
  const value = field.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    field.fail('must map check ids to error, warning, info or off.');
  }
  const checks: Record<string, Severity | 'off'> = {};
  for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
    if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
      field.fail(`sets "${id}" to "${String(severity)}". Use error, warning, info or off.`);
    }
    checks[id] = severity as Severity | 'off';
  }
  return checks;
}
