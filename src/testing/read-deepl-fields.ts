// Turns a request's query string and body (form-encoded or JSON) into one field map, as DeepL reads them.

export type DeeplFields = Record<string, string[]>;

export interface DeeplRequestBody {
  fields: DeeplFields;
  bytes: number;
  /** The body was not valid for its content type. */
  invalid?: string;
}

function addField(fields: DeeplFields, name: string, value: string): void {
  const values = fields[name];
  if (values) values.push(value);
  else fields[name] = [value];
}

/** JSON arrays of objects become `name[i].key` fields, the way deepl-node names form fields. */
function addJsonValue(fields: DeeplFields, name: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item !== null && typeof item === 'object')
        addJsonValue(fields, `${name}[${index}]`, item);
      else addJsonValue(fields, name, item);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) addJsonValue(fields, `${name}.${key}`, inner);
    return;
  }
  addField(fields, name, String(value));
}

function readJsonFields(text: string, fields: DeeplFields): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'Invalid JSON in request body';
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return 'Request body must be a JSON object';
  }
  for (const [key, value] of Object.entries(parsed)) addJsonValue(fields, key, value);
  return undefined;
}

/** Reads the query string and the body; the body is read once, so pass a request not yet consumed. */
export async function readDeeplFields(request: Request, url: URL): Promise<DeeplRequestBody> {
  const fields: DeeplFields = {};
  for (const [key, value] of url.searchParams) addField(fields, key, value);
  if (request.method === 'GET' || request.method === 'HEAD') return { fields, bytes: 0 };
  const buffer = Buffer.from(await request.arrayBuffer());
  const text = buffer.toString('utf8');
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (text.length === 0) return { fields, bytes: 0 };
  if (type.includes('application/json')) {
    const invalid = readJsonFields(text, fields);
    return invalid ? { fields, bytes: buffer.length, invalid } : { fields, bytes: buffer.length };
  }
  for (const [key, value] of new URLSearchParams(text)) addField(fields, key, value);
  return { fields, bytes: buffer.length };
}

/** The first value of a field, when present. */
export function firstField(fields: DeeplFields, name: string): string | undefined {
  return fields[name]?.[0];
}

/** DeepL's boolean fields accept `1`/`0` in forms and `true`/`false` in JSON. */
export function isTrueField(fields: DeeplFields, name: string): boolean {
  const value = firstField(fields, name)?.toLowerCase();
  return value === '1' || value === 'true';
}
