import { describe, expect, it } from 'vitest';
import { isUnchanged } from '../../src/checks/analysis.js';
import { normaliseSpace } from '../../src/checks/text/space.js';
import { entry } from './helpers.js';

describe('isUnchanged', () => {
  it('is whether the target normalises to the normalised source', () => {
    const pieces = ['Putin', 'möter', 'Xi', ' ', ' ', '  ', '\t', '\n', '\v', '\u00a0', '.', ''];
    let seed = 3;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const randomText = () => {
      let text = '';
      const length = Math.floor(random() * 6);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      return text;
    };
    for (let n = 0; n < 20000; n++) {
      const source = randomText();
      const target = random() < 0.3 ? `${random() < 0.5 ? ' ' : ''}${source}\n` : randomText();
      const plainly = normaliseSpace(target) === normaliseSpace(source);
      expect(isUnchanged(entry(source, target)), JSON.stringify([source, target])).toBe(plainly);
    }
  });
});
