// Issue 8's targets, checked on a size's result. The issue sets them on the 500-article corpus;
// the benchmark checks them on every size and says which size they are meant for.

import type { SizeResult } from './run-size.js';

export interface TargetCheck {
  id: string;
  what: string;
  value: number;
  limit: number;
  unit: string;
  met: boolean;
}

export function perSegmentCpuUs(result: SizeResult): number {
  return (result.first.cpuMs * 1000) / result.first.translatedSegments;
}

export function retryShare(result: SizeResult): number {
  const { translateRequests, rejectedConcurrency } = result.first.server;
  return translateRequests === 0 ? 0 : rejectedConcurrency / translateRequests;
}

/** Texts sent per language ÷ distinct texts: 1 when every repeated segment went once. */
export function sendShare(result: SizeResult): number {
  const distinct = result.corpus.distinctTexts * result.langs.length;
  return distinct === 0 ? 0 : result.first.server.texts / distinct;
}

function check(id: string, what: string, value: number, limit: number, unit: string): TargetCheck {
  return { id, what, value, limit, unit, met: value <= limit };
}

export function checkTargets(result: SizeResult): TargetCheck[] {
  const requests = result.first.server.translateRequests + result.first.server.rejectedConcurrency;
  return [
    check(
      'requests',
      'requests ÷ lower bound',
      result.first.server.translateRequests / result.lowerBound.total,
      1.05,
      '×',
    ),
    check('once', 'texts sent ÷ distinct texts, per language', sendShare(result), 1, '×'),
    check('wall', 'wall ÷ ideal', result.first.wallMs / result.idealMs, 1.2, '×'),
    check('retries', 'retries ÷ requests', requests === 0 ? 0 : retryShare(result), 0.02, ''),
    check('cpu', 'tolk CPU per translated segment', perSegmentCpuUs(result), 30, 'µs'),
    check('rss', 'peak RSS', result.first.maxRssMb, 300, 'MB'),
    check('no-change-requests', 'no-change run requests', result.noChange.server.requests, 0, ''),
    check('no-change-wall', 'no-change run wall', result.noChange.wallMs / 1000, 3, 's'),
    check(
      'edit-billed',
      '1% edit billed ÷ edited characters',
      result.edit.billed / Math.max(1, result.edit.editedCharacters),
      1.1,
      '×',
    ),
    check('check', 'tolk check wall', result.check.wallMs / 1000, 10, 's'),
  ];
}
