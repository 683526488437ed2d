import { describe, expect, it } from 'vitest';
import { allValues, catalogInput, changedValues, dateInput, fromText, longText, numberInput, partialDateInput, text, textsOf, toText, booleanInput } from './form-values';

describe('typed text read as record values', () => {
  it('reads dates the way Vietnamese forms write them, and hands on what it cannot read', () => {
    expect(fromText(partialDateInput, ' 12/5/1980 ')).toBe('1980-05-12');
    expect(fromText(partialDateInput, '07/2025')).toBe('2025-07');
    expect(fromText(partialDateInput, '1975')).toBe('1975');
    expect(fromText(partialDateInput, '31/02/1990')).toBe('31/02/1990');
    expect(fromText(dateInput, '1/7/2025')).toBe('2025-07-01');
  });

  it('reads numbers with a decimal comma or point, and hands on what is not a number', () => {
    expect(fromText(numberInput, '3,33')).toBe(3.33);
    expect(fromText(numberInput, '3.33')).toBe(3.33);
    expect(fromText(numberInput, '4')).toBe(4);
    expect(fromText(numberInput, 'ba')).toBe('ba');
    expect(fromText(numberInput, '3,3,3')).toBe('3,3,3');
  });

  it('reads empty input as a cleared field', () => {
    for (const input of [text, partialDateInput, numberInput, catalogInput('ethnicity'), longText]) expect(fromText(input, '   ')).toBeNull();
  });

  it('keeps the lines of a long text and trims the rest', () => {
    expect(fromText(longText, '\n  Dòng 1\nDòng 2  \n')).toBe('Dòng 1\nDòng 2');
    expect(fromText(text, '  Nguyễn Văn An ')).toBe('Nguyễn Văn An');
    expect(fromText(booleanInput, 'true')).toBe(true);
    expect(fromText(booleanInput, 'false')).toBe(false);
  });
});

describe('record values shown as text', () => {
  it('writes dates dd/mm/yyyy as far as known, and numbers with a decimal comma', () => {
    expect(toText(partialDateInput, '1980-05-12')).toBe('12/05/1980');
    expect(toText(partialDateInput, '2025-07')).toBe('07/2025');
    expect(toText(numberInput, 3.33)).toBe('3,33');
    expect(toText(numberInput, 1234)).toBe('1234');
    expect(toText(text, undefined)).toBe('');
    expect(toText(booleanInput, false)).toBe('false');
  });

  it('round-trip: what is shown reads back as the same value', () => {
    const inputs = { birthDate: partialDateInput, salaryCoefficient: numberInput, fullName: text, isCadre: booleanInput };
    const record = { birthDate: '1980-05', salaryCoefficient: 4.98, fullName: 'Nguyễn Văn An', isCadre: true };
    expect(allValues(inputs, textsOf(inputs, record))).toEqual(record);
  });
});

describe('a patch of what was changed', () => {
  it('names only the fields whose text changed, cleared ones as null', () => {
    const inputs = { birthDate: partialDateInput, otherNames: text, phone: text };
    const initial = textsOf(inputs, { birthDate: '1980-05-12', otherNames: 'An' });
    expect(changedValues(inputs, initial, { ...initial, birthDate: '13/05/1980', otherNames: '' })).toEqual({ birthDate: '1980-05-13', otherNames: null });
    expect(changedValues(inputs, initial, initial)).toEqual({});
  });
});
