import { http, type RequestHandler } from 'msw';
import { createDeeplMockState, resetDeeplMockState } from './deepl-mock-state.js';
import type { DeeplMockOptions, DeeplMockState } from './deepl-mock-types.js';
import { handleDeeplRequest } from './handle-deepl-request.js';

export interface CreateDeeplMockOptions extends DeeplMockOptions {
  /** Further base URLs to answer besides DeepL's Pro and Free API (`https://deepl.internal`). */
  serverUrls?: string[];
}

export interface DeeplMock {
  /** msw handlers for `setupServer(...handlers)`. */
  handlers: RequestHandler[];
  state: DeeplMockState;
  /** Forgets glossaries, faults, the request log and counters, and restores the options given here. */
  reset(): void;
}

const DEEPL_URLS = ['https://api.deepl.com', 'https://api-free.deepl.com'];

/**
 * msw handlers that stand in for the DeepL API (Pro and Free), answering from one shared state.
 * @example
 * const deepl = createDeeplMock({ authKey: 'test-key' });
 * const server = setupServer(...deepl.handlers);
 */
export function createDeeplMock(options: CreateDeeplMockOptions = {}): DeeplMock {
  const state = createDeeplMockState(options);
  const urls = [...DEEPL_URLS, ...(options.serverUrls ?? [])].map((url) => url.replace(/\/+$/, ''));
  const handlers = urls.map((base) =>
    http.all(`${base}/*`, ({ request }) => handleDeeplRequest(request, state)),
  );
  return { handlers, state, reset: () => resetDeeplMockState(state, options) };
}
