import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeepLClient, GlossaryEntries } from 'deepl-node';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeeplProvider } from '../../src/providers/deepl.js';
import { createDeeplMockState, handleDeeplRequest } from '../../src/testing/index.js';
import { createOpenApiValidator, type Exchange, formToObject } from './openapi-validator.js';

// DeepL's own description: the reference beside the clone when it is there (CI), else the copy
// kept in the repository so a fresh clone validates the mock too.
const SHARED = fileURLToPath(
  new URL('../../../shared/reference/deepl-openapi.yaml', import.meta.url),
);
const SPEC = existsSync(SHARED)
  ? SHARED
  : fileURLToPath(new URL('../fixtures/deepl/deepl-openapi.yaml', import.meta.url));

const state = createDeeplMockState({ authKey: 'spec-key', characterLimit: 10_000 });
const exchanges: Exchange[] = [];
const server = setupServer(
  http.all('https://api.deepl.com/*', async ({ request }) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? '' : await request.clone().text();
    const response = await handleDeeplRequest(request, state);
    if (response.type === 'error') return HttpResponse.error();
    exchanges.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      contentType: request.headers.get('content-type') ?? '',
      body,
      status: response.status,
      responseType: response.headers.get('content-type') ?? '',
      responseBody: await response.clone().text(),
    });
    return response;
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Everything deepl-node can ask of the endpoints tolk and its users touch, good and bad. */
async function driveDeeplNode(): Promise<void> {
  const client = new DeepLClient('spec-key', { maxRetries: 0 });
  const ignore = (promise: Promise<unknown>) => promise.catch(() => undefined);
  await client.getUsage();
  await client.getSourceLanguages();
  await client.getTargetLanguages();
  await client.getGlossaryLanguagePairs();
  const entries = new GlossaryEntries({
    entries: { Kina: 'China', 'Xi Jinpings': "Xi Jinping's" },
  });
  const glossary = await client.createMultilingualGlossary('tolk-sv-en-GB-0123', [
    { sourceLangCode: 'sv', targetLangCode: 'en', entries },
  ]);
  await client.listMultilingualGlossaries();
  await client.getMultilingualGlossary(glossary.glossaryId);
  await client.getMultilingualGlossaryDictionaryEntries(glossary, 'sv', 'en');
  await client.replaceMultilingualGlossaryDictionary(glossary, {
    sourceLangCode: 'sv',
    targetLangCode: 'de',
    entries,
  });
  await client.updateMultilingualGlossaryDictionary(glossary, {
    sourceLangCode: 'sv',
    targetLangCode: 'de',
    entries,
  });
  await client.updateMultilingualGlossaryName(glossary, 'renamed');
  await client.translateText(['Kina och <x id="0"/> Xi Jinpings möte.', 'Hej.'], 'sv', 'en-GB', {
    glossary,
    context: 'Xi Jinping möter Putin.',
    formality: 'prefer_less',
    modelType: 'quality_optimized',
    tagHandling: 'xml',
    ignoreTags: ['x'],
    preserveFormatting: true,
    splitSentences: 'off',
  });
  await client.translateText('Hej.', 'sv', 'de', {
    formality: 'more',
    splitSentences: 'nonewlines',
  });
  await client.deleteMultilingualGlossaryDictionary(glossary, 'sv', 'de');
  await client.deleteMultilingualGlossary(glossary);
  await ignore(client.getMultilingualGlossary(glossary.glossaryId));
  const v2 = await client.createGlossary(
    'v2',
    'sv',
    'de',
    new GlossaryEntries({ entries: { Kina: 'China' } }),
  );
  await client.listGlossaries();
  await client.getGlossary(v2.glossaryId);
  await client.getGlossaryEntries(v2);
  await client.deleteGlossary(v2);
  // tolk's own provider, glossary sync and context included.
  const provider = await createDeeplProvider({
    cwd: '.',
    env: { DEEPL_AUTH_KEY: 'spec-key' },
    settings: {
      formality: { de: 'less', default: 'prefer_more' },
      modelType: 'prefer_quality_optimized',
    },
    targets: ['de', 'en-US'],
  });
  const pair = { source: 'sv', target: 'de', entries: { Kina: 'China' }, hash: '00ff' };
  await provider.translate(['Kina <x id="1"/> och Ryssland.', 'Hej.'], {
    source: 'sv',
    target: 'de',
    glossary: pair,
    contexts: ['Stycke ett.', 'Stycke två.'],
  });
  await provider.translate(['Hej.'], { source: 'sv', target: 'en-US' });
  // Bad requests answered as the API would.
  await ignore(client.translateText('Hej.', 'sv', 'en-GB', { formality: 'more' }));
  await ignore(
    client.translateText(
      Array.from({ length: 51 }, () => 'hej'),
      'sv',
      'de',
    ),
  );
  await ignore(client.translateText('å'.repeat(30_000), 'sv', 'de'));
  await ignore(new DeepLClient('wrong', { maxRetries: 0 }).getUsage());
  state.faults.push({ status: 429, retryAfter: 1 }, { status: 500, path: '*' });
  await ignore(client.translateText('Hej.', 'sv', 'de'));
  await ignore(client.getUsage());
  state.characterLimit = state.characterCount;
  await ignore(client.translateText('Hej.', 'sv', 'de'));
}

describe("the DeepL mock against DeepL's OpenAPI description", () => {
  it('finds the description beside the clone', () => {
    expect(existsSync(SPEC)).toBe(true);
  });

  it('answers every request deepl-node sends as the spec describes, and deepl-node sends only what the spec allows', async () => {
    const validator = createOpenApiValidator(SPEC);
    await driveDeeplNode();
    const statuses = new Set(exchanges.map((e) => e.status));
    expect([...statuses].sort()).toEqual([200, 201, 204, 400, 403, 404, 413, 429, 456, 500]);

    const problems: string[] = [];
    for (const exchange of exchanges) {
      const where = `${exchange.method} ${exchange.path} → ${exchange.status}`;
      const operation = validator.findOperation(exchange.method, exchange.path);
      if (!operation) {
        problems.push(`${where}: not in the spec`);
        continue;
      }
      problems.push(
        ...checkRequest(validator, operation, exchange).map((p) => `${where} request: ${p}`),
      );
      problems.push(
        ...checkResponse(validator, operation, exchange).map((p) => `${where} response: ${p}`),
      );
    }
    expect(problems).toEqual([]);
  });
});

type Json = Record<string, unknown>;

function checkRequest(
  validator: ReturnType<typeof createOpenApiValidator>,
  operation: Json,
  exchange: Exchange,
): string[] {
  const problems: string[] = [];
  const parameters = ((operation.parameters ?? []) as Json[]).map((p) => validator.resolve(p));
  for (const [name, value] of exchange.query) {
    const parameter = parameters.find((p) => p.name === name && p.in === 'query');
    if (!parameter) problems.push(`unknown query parameter ${name}`);
    else
      problems.push(
        ...validator.validate(parameter.schema as Json, value).map((e) => `${name}${e}`),
      );
  }
  if (!exchange.body) return problems;
  const content = (validator.resolve((operation.requestBody ?? {}) as Json).content ??
    {}) as Record<string, Json>;
  const form = exchange.contentType.includes('application/x-www-form-urlencoded');
  // The spec gives PUT …/dictionaries a JSON schema only; deepl-node sends the same fields as a form.
  const media = (
    form
      ? (content['application/x-www-form-urlencoded'] ?? content['application/json'])
      : content['application/json']
  ) as Json | undefined;
  if (!media) return [...problems, `no request schema for ${exchange.contentType}`];
  const schema = media.schema as Json;
  if (!form) return [...problems, ...validator.validate(schema, JSON.parse(exchange.body))];
  const { value, unknown } = formToObject(validator, schema, new URLSearchParams(exchange.body));
  problems.push(...unknown.map((name) => `unknown form field ${name}`));
  return [...problems, ...validator.validate(schema, value)];
}

function checkResponse(
  validator: ReturnType<typeof createOpenApiValidator>,
  operation: Json,
  exchange: Exchange,
): string[] {
  const responses = operation.responses as Record<string, Json>;
  const declared = responses[String(exchange.status)];
  if (!declared) return [`status ${exchange.status} is not declared`];
  const response = validator.resolve(declared);
  const content = response.content as Record<string, Json> | undefined;
  if (!content)
    return exchange.responseBody === '' || exchange.status >= 400
      ? []
      : ['a body where the spec has none'];
  const type = exchange.responseType.split(';')[0] ?? '';
  const media = content[type];
  if (!media) return [`content type ${type} is not declared`];
  if (!media.schema) return [];
  return validator.validate(media.schema as Json, JSON.parse(exchange.responseBody));
}
