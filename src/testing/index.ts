// tolk/testing: a DeepL API stand-in for tests (msw) and for local runs (loopback HTTP).

export {
  type CreateDeeplMockOptions,
  createDeeplMock,
  type DeeplMock,
} from './create-deepl-mock.js';
export {
  type DeeplMockServer,
  type DeeplMockServerOptions,
  startDeeplMockServer,
} from './deepl-mock-server.js';
export { createDeeplMockState, resetDeeplMockState } from './deepl-mock-state.js';
export type {
  DeeplMockCounters,
  DeeplMockDictionary,
  DeeplMockFault,
  DeeplMockGlossary,
  DeeplMockOptions,
  DeeplMockRequest,
  DeeplMockState,
} from './deepl-mock-types.js';
export { type FakeTranslateOptions, fakeTranslate } from './fake-translate.js';
export { handleDeeplRequest, MAX_BODY_BYTES, STATS_PATH } from './handle-deepl-request.js';
