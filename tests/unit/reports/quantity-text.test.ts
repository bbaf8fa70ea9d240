import { describe, expect, it } from 'vitest';
import { quantityText } from '../../../api/src/modules/reports/report.js';

describe('quantities in report texts', () => {
  it('drops float noise (regression: Q23 on the bundled data said "Total: 156.73499999999999 GWh in 9 plants")', () => {
    // 86 + 30 + 15 + 10 + 8 + 7.5 + 0.1 + 0.09 + 0.045 summed in that order is 156.73499999999999 in binary floats.
    const sum = [86, 30, 15, 10, 8, 7.5, 0.1, 0.09, 0.045].reduce((a, b) => a + b, 0);
    expect(String(sum)).toBe('156.73499999999999');
    expect(quantityText(sum)).toBe('156.735');
    expect(quantityText(38662.799999999996)).toBe('38662.8');
  });

  it('keeps what the data says: small values, integers and published decimals unchanged', () => {
    expect(quantityText(0.045)).toBe('0.045');
    expect(quantityText(86)).toBe('86');
    expect(quantityText(12000)).toBe('12000');
    expect(quantityText(7.5)).toBe('7.5');
    expect(quantityText(1234567.125)).toBe('1234567.125');
  });
});
