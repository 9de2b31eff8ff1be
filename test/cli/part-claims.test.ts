import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claims, createClaimFlags } from '../../src/cli/commands/part-claims.js';

/** Parts checking their own namespaces in order, then taking over others', step by step. */
function* partSteps(claims: Claims, own: readonly string[]): Generator<string | undefined> {
  for (const ns of own) yield claims.claimOwn(ns) ? ns : undefined;
  for (let ns = claims.takeOther(); ns !== undefined; ns = claims.takeOther()) yield ns;
}

describe('Claims', () => {
  it('gives every namespace to exactly one part, however the parts interleave', () => {
    const shares = fc
      .integer({ min: 1, max: 4 })
      .chain((parts) =>
        fc
          .array(fc.nat(12), { minLength: parts, maxLength: parts })
          .map((sizes) =>
            sizes.map((size, part) => Array.from({ length: size }, (_, i) => `p${part}-${i}`)),
          ),
      );
    fc.assert(
      fc.property(shares, fc.array(fc.nat(3), { maxLength: 200 }), (split, schedule) => {
        const flags = createClaimFlags(split);
        const parts = split.map((own, index) => ({
          steps: partSteps(new Claims({ shares: split, index, claims: flags }), own),
          checked: [] as string[],
        }));
        const step = (part: (typeof parts)[number]): boolean => {
          const next = part.steps.next();
          if (!next.done && next.value !== undefined) part.checked.push(next.value);
          return !next.done;
        };
        // The schedule picks which part takes its next step; then each runs out in turn.
        for (const at of schedule) step(parts[at % parts.length]!);
        for (const part of parts) while (step(part));
        const checked = parts.flatMap((part) => part.checked);
        expect(checked.sort()).toEqual(split.flat().sort());
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });

  it('takes over from the end of the other parts, and nothing a part has claimed', () => {
    const split = [['a', 'b', 'c', 'd'], ['e']];
    const flags = createClaimFlags(split);
    const first = new Claims({ shares: split, index: 0, claims: flags });
    const second = new Claims({ shares: split, index: 1, claims: flags });
    expect(first.claimOwn('a')).toBe(true);
    expect(second.claimOwn('e')).toBe(true);
    expect(second.takeOther()).toBe('d');
    expect(second.takeOther()).toBe('c');
    expect(first.claimOwn('b')).toBe(true);
    expect(first.claimOwn('c')).toBe(false);
    expect(second.takeOther()).toBeUndefined();
    expect(first.takeOther()).toBeUndefined();
  });
});
