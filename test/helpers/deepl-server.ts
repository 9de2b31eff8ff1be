// Sets up the DeepL mock (tolk/testing) with msw for one vitest file.

import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type CreateDeeplMockOptions,
  createDeeplMock,
  type DeeplMockState,
} from '../../src/testing/index.js';

/** The key the mock accepts by default; pass it as `DEEPL_AUTH_KEY`. */
export const TEST_DEEPL_KEY = 'tolk-test-key';

export interface UseDeeplMockOptions extends CreateDeeplMockOptions {
  /** Forget glossaries, faults, the log and counters after each test (default true). */
  resetAfterEach?: boolean;
}

/**
 * Intercepts DeepL (Pro and Free API URLs) for the calling test file with `onUnhandledRequest: 'error'`,
 * and returns the mock's state for assertions: `state.requests`, `state.faults`, `state.glossaries`.
 */
export function useDeeplMock(options: UseDeeplMockOptions = {}): DeeplMockState {
  const { resetAfterEach = true, ...mockOptions } = options;
  const mock = createDeeplMock({ authKey: TEST_DEEPL_KEY, ...mockOptions });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    if (resetAfterEach) mock.reset();
  });
  afterAll(() => server.close());
  return mock.state;
}

/** The env a provider needs to talk to the mock. */
export function deeplTestEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { DEEPL_AUTH_KEY: TEST_DEEPL_KEY, ...extra };
}
