import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEEPL_LIMITS, planDeeplRequests } from '../../src/providers/deepl-batches.js';
import { formEncodedLength, textFieldBytes } from '../../src/providers/deepl-form-size.js';
import { splitLongText } from '../../src/providers/deepl-split.js';

const limits = { ...DEEPL_LIMITS, baseBytes: 60, context: true };

function bodyOf(texts: string[], context?: string): string {
  const data = new URLSearchParams({ target_lang: 'de' });
  for (const text of texts) data.append('text', text);
  if (context !== undefined) data.append('context', context);
  return data.toString();
}

describe('formEncodedLength', () => {
  it('counts what URLSearchParams produces, å as 6 bytes', () => {
    expect(formEncodedLength('å')).toBe(6);
    expect(formEncodedLength('Xi Jinping – "hej"')).toBe(
      new URLSearchParams({ t: 'Xi Jinping – "hej"' }).toString().length - 2,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(formEncodedLength(text)).toBe(
          new URLSearchParams({ t: text }).toString().length - 2,
        );
      }),
    );
  });
});

describe('planDeeplRequests', () => {
  it('puts exactly 50 texts in one request and the 51st in the next', () => {
    const texts = Array.from({ length: 101 }, (_, i) => `Mening nummer ${i}.`);
    const plans = planDeeplRequests(texts, undefined, limits);
    expect(plans.map((plan) => plan.pieces.length)).toEqual([50, 50, 1]);
    expect(plans.flatMap((plan) => plan.pieces.map((piece) => piece.index))).toEqual(
      texts.map((_, i) => i),
    );
  });

  it('fills a request to exactly 128 KiB of Swedish text and no further', () => {
    const base = bodyOf([]).length;
    // Each text costs 6 (`&text=`) + 6 bytes per `ä`; 10 texts fill the budget to the byte.
    const budget = DEEPL_LIMITS.maxBodyBytes - base;
    const perText = Math.floor(budget / 10);
    const count = Math.floor((perText - 6) / 6);
    const texts = Array.from({ length: 10 }, () => 'ä'.repeat(count));
    const rest = budget - texts.reduce((sum, t) => sum + textFieldBytes(t), 0);
    texts[9] += 'a'.repeat(rest); // top up with 1-byte letters to land exactly on the limit
    const exact = planDeeplRequests(texts, undefined, { ...limits, baseBytes: base });
    expect(exact).toHaveLength(1);
    expect(exact[0]?.bytes).toBe(DEEPL_LIMITS.maxBodyBytes);
    expect(Buffer.byteLength(bodyOf(texts))).toBe(DEEPL_LIMITS.maxBodyBytes);

    texts[9] += 'å';
    const over = planDeeplRequests(texts, undefined, { ...limits, baseBytes: base });
    expect(over).toHaveLength(2);
    for (const plan of over) {
      const body = bodyOf(plan.pieces.map((piece) => piece.text));
      expect(Buffer.byteLength(body)).toBe(plan.bytes);
      expect(plan.bytes).toBeLessThanOrEqual(DEEPL_LIMITS.maxBodyBytes);
    }
  });

  it("composes a request's context from its texts' distinct contexts, in order, headline once", () => {
    const texts = ['Ett.', 'Två.', 'Tre.'];
    const contexts = ['Rubrik\n\nStycke ett', 'Rubrik\n\nStycke ett', 'Rubrik\n\nStycke två'];
    const [plan] = planDeeplRequests(texts, contexts, limits);
    expect(plan?.context).toBe('Rubrik\n\nStycke ett\n\nStycke två');
    expect(plan?.bytes).toBe(
      limits.baseBytes + bodyOf(texts, plan?.context).length - 'target_lang=de'.length,
    );
  });

  it('cuts the context to the room left, never adding a request for it', () => {
    const texts = ['å'.repeat(21_000)];
    const contexts = ['ö'.repeat(10_000)];
    const plans = planDeeplRequests(texts, contexts, limits);
    expect(plans).toHaveLength(1);
    const plan = plans[0];
    expect(plan?.bytes).toBeLessThanOrEqual(DEEPL_LIMITS.maxBodyBytes);
    expect(plan?.context?.length).toBeGreaterThan(0);
    expect(plan?.context?.length).toBeLessThan(10_000);
  });

  it('leaves the context out when switched off', () => {
    const [plan] = planDeeplRequests(['Hej.'], ['Stycke'], { ...limits, context: false });
    expect(plan?.context).toBeUndefined();
  });

  it('splits a text too long for one request at sentence boundaries and keeps the join', () => {
    const sentence = `${'Långt ord här och där '.repeat(40)}slut.`;
    const paragraph = Array.from({ length: 200 }, () => sentence).join(' ');
    const plans = planDeeplRequests(['Kort.', paragraph], undefined, limits);
    const pieces = plans.flatMap((plan) => plan.pieces);
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) expect(plan.bytes).toBeLessThanOrEqual(DEEPL_LIMITS.maxBodyBytes);
    const rebuilt = pieces
      .filter((p) => p.index === 1)
      .map((p) => p.text + p.join)
      .join('');
    expect(rebuilt).toBe(paragraph);
    expect(pieces.filter((p) => p.index === 1).every((p) => p.text.endsWith('slut.'))).toBe(true);
  });

  it('keeps empty texts out of requests', () => {
    const plans = planDeeplRequests(['', '  ', 'Hej.'], undefined, limits);
    expect(plans.flatMap((plan) => plan.pieces.map((piece) => piece.index))).toEqual([2]);
  });
});

describe('splitLongText', () => {
  it('splits at spaces and then inside a word when no sentence boundary helps', () => {
    const text = `${'ord '.repeat(30)}${'x'.repeat(100)}`;
    const pieces = splitLongText(text, 40);
    for (const piece of pieces) expect(textFieldBytes(piece.text)).toBeLessThanOrEqual(40);
    expect(pieces.map((piece) => piece.text + piece.join).join('')).toBe(text);
  });

  it('gives back any text joined, whatever the budget', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 30, max: 200 }),
        (text, budget) => {
          const pieces = splitLongText(text, budget);
          expect(pieces.map((piece) => piece.text + piece.join).join('')).toBe(text);
          for (const piece of pieces)
            expect(textFieldBytes(piece.text)).toBeLessThanOrEqual(budget);
        },
      ),
    );
  });
});
