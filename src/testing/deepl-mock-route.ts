import type { DeeplMockState } from './deepl-mock-types.js';
import type { DeeplFields } from './read-deepl-fields.js';

/** What an endpoint handler of the mock gets: the parsed request and the state. */
export interface DeeplMockRoute {
  method: string;
  /** Path split on `/`, without the empty first part: `['v3', 'glossaries', '<id>', 'entries']`. */
  parts: string[];
  fields: DeeplFields;
  bodyBytes: number;
  state: DeeplMockState;
  /** A `short` fault is active: drop the last translation. */
  short?: boolean;
}

export type DeeplMockEndpoint = (route: DeeplMockRoute) => Response | Promise<Response>;
