import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../i18n/translate';

/** The refusal keys the workflow rules throw, as written in their sources. */
const refusalKeys = ['shared/events/admission-rules.ts', 'shared/events/admission-service.ts', 'shared/events/transfer-service.ts'].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/RuleRefused\('([\w.]+)'/g)].map((match) => match[1]!),
);

describe('workflow refusals', () => {
  it('each have their text in Vietnamese and in English', () => {
    expect(refusalKeys.length).toBeGreaterThan(15);
    expect(refusalKeys.filter((key) => lookup('vi', key) === undefined || lookup('en', key) === undefined)).toEqual([]);
  });
});
