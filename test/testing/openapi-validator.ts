// Validates requests and responses against DeepL's OpenAPI 3.0 description with ajv.

import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;
type Schema = Json & {
  $ref?: string;
  type?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
};

export interface Exchange {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string;
  body: string;
  status: number;
  responseType: string;
  responseBody: string;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createOpenApiValidator(file: string) {
  const spec = parse(readFileSync(file, 'utf8'), { intAsBigInt: false }) as Json;
  // OpenAPI 3.0 schema objects are JSON Schema plus a few keywords (nullable, example, x-…);
  // ajv knows `nullable`, and non-strict mode ignores the rest. Refs resolve inside the spec document.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'deepl');
  const compiled = new Map<unknown, ValidateFunction>();

  function resolve<T extends Json>(node: T): T {
    let current: Json = node;
    while (typeof current.$ref === 'string') {
      const path = current.$ref.replace(/^#\//, '').split('/');
      let target: unknown = spec;
      for (const part of path) target = isObject(target) ? target[part] : undefined;
      if (!isObject(target)) throw new Error(`Unresolved $ref ${current.$ref}`);
      current = target;
    }
    return current as T;
  }

  function typeOf(schema: Schema): string | undefined {
    const resolved = resolve(schema);
    if (resolved.type) return resolved.type;
    return resolved.allOf?.map((part) => typeOf(part)).find(Boolean);
  }

  /** Local refs point into the registered spec, so a fragment compiles on its own. */
  function anchor(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(anchor);
    if (!isObject(node)) return node;
    const out: Json = {};
    for (const [key, inner] of Object.entries(node)) {
      out[key] = key === '$ref' && typeof inner === 'string' ? `deepl${inner}` : anchor(inner);
    }
    return out;
  }

  function validate(schema: Schema, value: unknown): string[] {
    let check = compiled.get(schema);
    if (!check) {
      check = ajv.compile(anchor(schema) as Json);
      compiled.set(schema, check);
    }
    return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  }

  function findOperation(method: string, path: string): Json | undefined {
    const paths = spec.paths as Record<string, Json>;
    for (const [template, item] of Object.entries(paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(path)) return item[method.toLowerCase()] as Json | undefined;
    }
    return undefined;
  }

  return { spec, resolve, typeOf, validate, findOperation };
}

export type OpenApiValidator = ReturnType<typeof createOpenApiValidator>;

/** Form fields as the object the request schema describes: arrays, booleans, nested `a[0].b`. */
export function formToObject(
  validator: OpenApiValidator,
  schema: Schema,
  form: URLSearchParams,
): { value: Json; unknown: string[] } {
  const resolved = validator.resolve(schema);
  const properties = resolved.properties ?? {};
  const value: Json = {};
  const unknown: string[] = [];
  for (const [name, raw] of form) {
    const nested = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(name);
    if (nested) {
      const [, list = '', index = '0', key = ''] = nested;
      if (!properties[list]) unknown.push(name);
      const items = (Array.isArray(value[list]) ? value[list] : []) as Json[];
      value[list] = items;
      items[Number(index)] = { ...(items[Number(index)] ?? {}), [key]: raw };
      continue;
    }
    const property = properties[name];
    if (!property) {
      unknown.push(name);
      continue;
    }
    const type = validator.typeOf(property);
    if (type === 'array') value[name] = [...((value[name] as unknown[] | undefined) ?? []), raw];
    else if (type === 'boolean')
      value[name] =
        raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : raw;
    else if (type === 'integer' || type === 'number') value[name] = Number(raw);
    else value[name] = raw;
  }
  return { value, unknown };
}
