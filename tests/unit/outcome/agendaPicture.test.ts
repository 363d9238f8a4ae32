import { describe, expect, it } from 'vitest';
import { agendaPicture } from '../../../shared/outcome/agendaPicture';
import { picturePrintMm, pictureWidth } from '../../../shared/outcome/roadmapPicture';
import { sessionFormats } from '../../../shared/workshop/formats';

/** A format's agenda as a workshop stores it, the translation keys standing in for titles. */
function agendaOf(format: string) {
  const template = sessionFormats.find((candidate) => candidate.id === format);
  if (!template) throw new Error(format);
  return { startTime: template.startTime, parts: template.parts.map((part) => ({ ...part, title: `Part: ${part.key}` })), dayLabel: (day: number) => `Day ${day}` };
}

/** Font sizes in points as printed: the drawing prints `picturePrintMm` wide. */
function printedPoints(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => (((Number(match[1]) * picturePrintMm) / pictureWidth) * 72) / 25.4);
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((match) => match[1]);
const bars = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="28"/g)].map((match) => ({ x: Number(match[1]), width: Number(match[2]) }));

describe('the report’s agenda picture (a hackathon’s day)', () => {
  it('prints every text at 8 pt or more, one row a part with its clock times', () => {
    const picture = agendaPicture(agendaOf('hackathon1'));
    const sizes = printedPoints(picture.svg);
    expect(sizes.length).toBeGreaterThanOrEqual(18);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    expect(texts(picture.svg).slice(0, 2)).toEqual(['09:00–09:20', '1. Part: welcome']);
    expect(texts(picture.svg)).toContain('12:30–13:30');
    // A one-day hackathon stays well within the body of a two-page report.
    expect((picture.height * picturePrintMm) / pictureWidth).toBeLessThan(80);
  });

  it('draws each bar in proportion to its part’s minutes, on the day’s span', () => {
    const drawn = bars(agendaPicture(agendaOf('hackathon1')).svg);
    expect(drawn).toHaveLength(9);
    const [welcome, , , sprint] = drawn;
    expect((sprint?.width ?? 0) / (welcome?.width ?? 1)).toBeCloseTo(120 / 20, 5);
    // The last bar ends at the picture's edge: the day's end.
    const last = drawn.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(pictureWidth, 5);
  });

  it('gives a two-day agenda a heading a day, and starts the second day’s bars afresh', () => {
    const picture = agendaPicture(agendaOf('hackathon2'));
    expect(texts(picture.svg).filter((text) => /^Day \d$/.test(text ?? ''))).toEqual(['Day 1', 'Day 2']);
    expect(texts(picture.svg)).toContain('09:00–09:15');
    expect(Math.min(...printedPoints(picture.svg))).toBeGreaterThanOrEqual(8);
  });

  it('escapes what people typed and mirrors for right-to-left reports', () => {
    const picture = agendaPicture({ startTime: '09:00', parts: [{ title: '<img src=x onerror=alert(1)> & "x"', minutes: 30 }], dayLabel: String, direction: 'rtl' });
    expect(picture.svg).not.toContain('<img');
    expect(picture.svg).toContain('&lt;img');
    // The root's direction makes "start" the right end: the times sit against the right edge.
    expect(picture.svg).toContain('direction="rtl"');
    expect(picture.svg).toContain(`<text x="${pictureWidth}" y="40" font-size="30" text-anchor="start">09:00–09:30</text>`);
    expect(bars(picture.svg)[0]?.x).toBe(0);
  });
});
