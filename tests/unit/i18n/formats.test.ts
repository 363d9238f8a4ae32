import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMegabytes, formatTimeOfDay } from '../../../renderer/src/i18n/formats';

/** Figures on screen are written the reader's way, not JavaScript's (toFixed always writes "3.5"). */
describe('numbers, sizes and times in the reader’s language', () => {
  it('writes decimals with the language’s separator', () => {
    expect(formatDecimal(3.5, 'en', 1)).toBe('3.5');
    expect(formatDecimal(3.5, 'fr', 1)).toBe('3,5');
    expect(formatDecimal(3.5, 'ru', 1)).toBe('3,5');
    expect(formatDecimal(12.25, 'es', 2)).toBe('12,25');
    expect(formatDecimal(3, 'pt', 1)).toBe('3,0');
  });

  it('names the unit of a file size in the language', () => {
    expect(formatMegabytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024, 'fr')).toMatch(/^1,5\sMo$/);
    expect(formatMegabytes(1.5 * 1024 * 1024, 'ru')).toMatch(/^1,5\sМБ$/);
  });

  it('tells the time as the language does, and survives a tag Intl refuses', () => {
    const morning = new Date(2026, 2, 10, 9, 5).getTime();
    expect(formatTimeOfDay(morning, 'fr')).toBe('09:05');
    expect(formatTimeOfDay(new Date(2026, 2, 10, 17, 30).getTime(), 'en')).toBe('17:30');
    expect(formatTimeOfDay(morning, 'ar')).toBe(new Intl.DateTimeFormat('ar', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(morning));
    expect(formatTimeOfDay(morning, 'not a tag!')).toBe('09:05');
  });
});
