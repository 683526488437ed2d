import { describe, expect, it } from 'vitest';
import { formatValue, type ValueTexts } from './conflict-values';

const texts: ValueTexts = {
  empty: '(để trống)',
  yes: 'Có',
  no: 'Không',
  label: (path) => ({ 'unitHistory.unitId': 'Đơn vị', 'unitHistory.from': 'Từ ngày', 'unitHistory.to': 'Đến ngày' })[path] ?? path,
  codeName: (field, code) => (field === 'ethnicityCode' && code === '04' ? 'Mường' : undefined),
  number: (value) => value.toLocaleString('vi-VN'),
};

describe('a conflict value as people read it', () => {
  it('shows dates day first, codes by name, yes/no and empty', () => {
    expect(formatValue('birthDate', '1980-05-12', texts)).toBe('12/05/1980');
    expect(formatValue('admissionDate', '2005-03', texts)).toBe('03/2005');
    expect(formatValue('ethnicityCode', '04', texts)).toBe('Mường (04)');
    expect(formatValue('phone', '0912345678', texts)).toBe('0912345678');
    expect(formatValue('isCadre', true, texts)).toBe('Có');
    expect(formatValue('salaryCoefficient', 3.33, texts)).toBe('3,33');
    expect(formatValue('phone', null, texts)).toBe('(để trống)');
    expect(formatValue('phone', '', texts)).toBe('(để trống)');
  });

  it('labels the parts of a table value and leaves out the empty ones', () => {
    expect(formatValue('unitHistory', [{ unitId: 'Chi bộ 1', from: '2005-03-01', to: null }, { unitId: 'Chi bộ 2', from: '2010' }], texts)).toBe(
      'Đơn vị: Chi bộ 1, Từ ngày: 01/03/2005; Đơn vị: Chi bộ 2, Từ ngày: 2010',
    );
    expect(formatValue('unitHistory', [], texts)).toBe('(để trống)');
  });
});
