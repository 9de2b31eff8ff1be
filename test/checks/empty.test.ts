import { describe, expect, it } from 'vitest';
import { checkEmpty } from '../../src/checks/empty.js';
import { entry } from './helpers.js';

describe('empty', () => {
  it('finds an empty or blank translation of a non-empty source', () => {
    expect(checkEmpty(entry('Hej', ''))).toHaveLength(1);
    expect(checkEmpty(entry('Hej', ' \n'))).toHaveLength(1);
    expect(checkEmpty(entry('', ''))).toEqual([]);
    expect(checkEmpty(entry('Hej', 'Hello'))).toEqual([]);
  });
});
