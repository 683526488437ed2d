import { describe, expect, it } from 'vitest';
import { languages, lookup } from '../i18n/translate';
import type { IdentifierCheck, IdentifierRules } from './identifier-rules';
import { checkCitizenId, checkDossierNumber, checkPartyCardNumber, defaultIdentifierRules as rules, identifierMessageKeys, identifierRulesSchema } from './identifier-rules';

const withRules = (change: (copy: IdentifierRules) => void): IdentifierRules => {
  const copy = structuredClone(rules);
  change(copy);
  return copy;
};

describe('checkCitizenId', () => {
  it('accepts a 12-digit CCCD and normalizes spaces', () => {
    expect(checkCitizenId('025088012345', rules)).toEqual({ ok: true, normalized: '025088012345' });
    expect(checkCitizenId('  025 088 012 345 ', rules)).toEqual({ ok: true, normalized: '025088012345' });
  });

  it('accepts a 9-digit CMND unless the rules refuse it', () => {
    expect(checkCitizenId('131 234 567', rules)).toEqual({ ok: true, normalized: '131234567' });
    const cccdOnly = withRules((copy) => (copy.citizenId.legacyLength = null));
    expect(checkCitizenId('131234567', cccdOnly)).toEqual({ ok: false, messageKey: 'validation.citizenId.length', params: { length: 12 } });
  });

  it('refuses empty values, letters and wrong lengths', () => {
    expect(checkCitizenId('   ', rules)).toMatchObject({ ok: false, messageKey: 'validation.citizenId.required' });
    expect(checkCitizenId('02508801234A', rules)).toMatchObject({ ok: false, messageKey: 'validation.citizenId.digits' });
    expect(checkCitizenId('025-088-012345', rules)).toMatchObject({ ok: false, messageKey: 'validation.citizenId.digits' });
    expect(checkCitizenId('02508801234', rules)).toEqual({
      ok: false,
      messageKey: 'validation.citizenId.lengthOrLegacy',
      params: { length: 12, legacyLength: 9 },
    });
  });

  it('checks the province code range, or the configured list', () => {
    expect(checkCitizenId('000088012345', rules)).toEqual({ ok: false, messageKey: 'validation.citizenId.province', params: { provinceCode: '000' } });
    expect(checkCitizenId('097088012345', rules)).toMatchObject({ ok: false, messageKey: 'validation.citizenId.province' });
    expect(checkCitizenId('096088012345', rules).ok).toBe(true);
    const listed = withRules((copy) => (copy.citizenId.provinceCodes = ['001', '025', '079']));
    expect(checkCitizenId('025088012345', listed).ok).toBe(true);
    expect(checkCitizenId('003088012345', listed)).toMatchObject({ ok: false, messageKey: 'validation.citizenId.province' });
  });

  it('cross-checks the birth year and century', () => {
    expect(checkCitizenId('025088012345', rules, { birthYear: 1988 }).ok).toBe(true);
    expect(checkCitizenId('025190012345', rules, { birthYear: 1990 }).ok).toBe(true);
    expect(checkCitizenId('001203012345', rules, { birthYear: 2003 }).ok).toBe(true);
    expect(checkCitizenId('025088012345', rules, { birthYear: 1989 })).toEqual({
      ok: false,
      messageKey: 'validation.citizenId.birthYearMismatch',
      params: { birthYear: 1989 },
    });
    // Same two digits, wrong century: 0 means born in the 1900s.
    expect(checkCitizenId('025003012345', rules, { birthYear: 2003 })).toMatchObject({ messageKey: 'validation.citizenId.birthYearMismatch' });
  });

  it('cross-checks the sex digit', () => {
    expect(checkCitizenId('025088012345', rules, { birthYear: 1988, sex: 'male' }).ok).toBe(true);
    expect(checkCitizenId('025188012345', rules, { birthYear: 1988, sex: 'female' }).ok).toBe(true);
    expect(checkCitizenId('001303012345', rules, { sex: 'female' }).ok).toBe(true);
    expect(checkCitizenId('025088012345', rules, { sex: 'female' })).toMatchObject({ ok: false, messageKey: 'validation.citizenId.sexMismatch' });
  });

  it('skips the layout checks for a CMND or when switched off', () => {
    expect(checkCitizenId('000000001', rules, { birthYear: 1970, sex: 'female' }).ok).toBe(true);
    const lengthOnly = withRules((copy) => (copy.citizenId.checkStructure = false));
    expect(checkCitizenId('000088012345', lengthOnly, { birthYear: 1950 }).ok).toBe(true);
  });
});

describe('checkPartyCardNumber', () => {
  it('accepts 8 digits by default', () => {
    expect(checkPartyCardNumber(' 1234 5678 ', rules)).toEqual({ ok: true, normalized: '12345678' });
  });

  it('refuses other lengths, letters and blanks', () => {
    expect(checkPartyCardNumber('1234567', rules)).toEqual({ ok: false, messageKey: 'validation.partyCardNumber.length', params: { length: 8 } });
    expect(checkPartyCardNumber('123456789', rules)).toMatchObject({ messageKey: 'validation.partyCardNumber.length' });
    expect(checkPartyCardNumber('1234567A', rules)).toMatchObject({ messageKey: 'validation.partyCardNumber.digits' });
    expect(checkPartyCardNumber('', rules)).toMatchObject({ messageKey: 'validation.partyCardNumber.required' });
  });

  it('follows a configured length', () => {
    const tenDigits = withRules((copy) => (copy.partyCardNumber.length = 10));
    expect(checkPartyCardNumber('1234567890', tenDigits).ok).toBe(true);
    expect(checkPartyCardNumber('12345678', tenDigits)).toEqual({ ok: false, messageKey: 'validation.partyCardNumber.length', params: { length: 10 } });
  });
});

describe('checkDossierNumber', () => {
  it('accepts 6 digits and 2-4 province letters, upper-casing them', () => {
    expect(checkDossierNumber('012345PT', rules)).toEqual({ ok: true, normalized: '012345PT' });
    expect(checkDossierNumber(' 012345 pt ', rules)).toEqual({ ok: true, normalized: '012345PT' });
    expect(checkDossierNumber('012345HCM', rules).ok).toBe(true);
    expect(checkDossierNumber('012345HNAM', rules).ok).toBe(true);
  });

  it('refuses other shapes with the example in the message', () => {
    const refused = { ok: false, messageKey: 'validation.dossierNumber.format', params: { example: '012345PT' } };
    expect(checkDossierNumber('12345PT', rules)).toEqual(refused);
    expect(checkDossierNumber('012345P', rules)).toEqual(refused);
    expect(checkDossierNumber('012345PTHCM', rules)).toEqual(refused);
    expect(checkDossierNumber('PT012345', rules)).toEqual(refused);
    expect(checkDossierNumber('012345-PT', rules)).toEqual(refused);
    expect(checkDossierNumber(' ', rules)).toMatchObject({ messageKey: 'validation.dossierNumber.required' });
  });

  it('follows a configured pattern, matched against the whole number', () => {
    const slashed = withRules((copy) => (copy.dossierNumber = { pattern: '[0-9]{5}/[A-Z]{2}', example: '12345/PT' }));
    expect(checkDossierNumber('12345/pt', slashed)).toEqual({ ok: true, normalized: '12345/PT' });
    expect(checkDossierNumber('x12345/PTx', slashed)).toMatchObject({ ok: false, params: { example: '12345/PT' } });
  });
});

describe('identifier rules as data', () => {
  it('validates the defaults and refuses a pattern that does not compile', () => {
    expect(identifierRulesSchema.parse(rules)).toEqual(rules);
    const broken = withRules((copy) => (copy.dossierNumber.pattern = '[0-9'));
    expect(identifierRulesSchema.safeParse(broken).success).toBe(false);
  });

  it('has its message keys in the translation catalogs, each naming the field', () => {
    for (const language of languages) {
      for (const key of identifierMessageKeys) expect(lookup(language, key), `${language} ${key}`).toContain('{{field}}');
    }
  });

  it('names in the messages the params the checks return', () => {
    const failures: IdentifierCheck[] = [
      checkCitizenId('02508801234', rules),
      checkCitizenId('131234567', withRules((copy) => (copy.citizenId.legacyLength = null))),
      checkCitizenId('000088012345', rules),
      checkCitizenId('025088012345', rules, { birthYear: 1989 }),
      checkPartyCardNumber('1234567', rules),
      checkDossierNumber('12345PT', rules),
    ];
    for (const failure of failures) {
      if (failure.ok) throw new Error('expected a failure');
      expect(Object.keys(failure.params).length, failure.messageKey).toBeGreaterThan(0);
      for (const language of languages) {
        for (const param of Object.keys(failure.params)) expect(lookup(language, failure.messageKey), `${language} ${failure.messageKey}`).toContain(`{{${param}}}`);
      }
    }
  });
});
