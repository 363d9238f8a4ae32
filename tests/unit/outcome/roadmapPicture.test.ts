import { describe, expect, it } from 'vitest';
import { availableCuts, defaultLayout } from '../../../shared/outcome/layout';
import { picturePrintMm, pictureWidth, roadmapPicture, wrapText } from '../../../shared/outcome/roadmapPicture';

const more = (count: number) => `+${count} more`;
const title = (index: number) => `Action ${index}: train county data officers on the shared registry and its privacy rules`;
const groups = ['Y1 Q1', 'Y1 Q2', 'Y1 Q3', 'Y1 Q4', 'Y2 Q1', 'Later'].map((label, group) => ({ label, items: Array.from({ length: group === 0 ? 7 : 4 }, (_, index) => title(group * 10 + index)) }));

/** Font sizes in points as printed: the drawing is printed `picturePrintMm` wide. */
function printedPoints(svg: string): number[] {
  const mmPerUnit = picturePrintMm / pictureWidth;
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => (Number(match[1]) * mmPerUnit * 72) / 25.4);
}

describe('the report’s roadmap picture', () => {
  it('prints every text at 8 pt or more, however many items it draws', () => {
    const picture = roadmapPicture(groups, { more });
    const sizes = printedPoints(picture.svg);
    expect(sizes.length).toBeGreaterThan(27);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    expect(picture).toMatchObject({ width: pictureWidth, shown: 27, total: 27 });
  });

  it('draws one card per horizon in time order, and only horizons that hold items', () => {
    const picture = roadmapPicture([{ label: 'Y1 Q1', items: ['Open the registry'] }, { label: 'Y1 Q2', items: [] }, { label: 'Later', items: ['Review the law'] }], { more });
    const headings = [...picture.svg.matchAll(/font-weight="bold"[^>]*>([^<]+)</g)].map((match) => match[1]);
    expect(headings).toEqual(['Y1 Q1', 'Later']);
  });

  it('as the shorter picture, draws at most the asked number a horizon and says how many more there are', () => {
    const picture = roadmapPicture(groups, { more, maxPerGroup: 2 });
    expect(picture).toMatchObject({ shown: 12, total: 27 });
    expect(picture.svg).toContain('+5 more');
    expect(picture.svg.match(/\+2 more/g)).toHaveLength(5);
    expect(picture.height).toBeLessThan(roadmapPicture(groups, { more }).height);
  });

  it('escapes what people typed and mirrors for right-to-left reports', () => {
    const picture = roadmapPicture([{ label: 'السنة 1', items: ['<script>alert(1)</script> & "x"'] }], { more, direction: 'rtl' });
    expect(picture.svg).not.toContain('<script>');
    expect(picture.svg).toContain('&lt;script&gt;');
    // The root's direction makes "start" a text's right end, so the heading starts at the right edge.
    expect(picture.svg).toContain('direction="rtl"');
    expect(picture.svg).toMatch(new RegExp(`<text x="${pictureWidth - 16}" y="[\\d.]+" font-size="34" font-weight="bold" text-anchor="start">السنة 1</text>`));
  });

  it('wraps words within the width and ends an overlong title with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 200, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapText('数据共享数据共享数据共享', 120, 20, 5).length).toBeGreaterThan(1);
  });
});

describe('the cuts offered when the report is over two pages', () => {
  it('offers the shorter picture before moving it, and nothing the report does not have', () => {
    const all = { roadmapPicture: true, picture: true, table: true };
    expect(availableCuts(defaultLayout, all).map((cut) => cut.id)).toEqual(['shortPicture', 'annexPicture', 'compactTable']);
    const short = availableCuts(defaultLayout, all)[0]?.apply(defaultLayout);
    expect(short).toEqual({ picture: 'short', table: 'full' });
    expect(availableCuts(short ?? defaultLayout, all).map((cut) => cut.id)).toEqual(['annexPicture', 'compactTable']);
    expect(availableCuts({ picture: 'annex', table: 'compact' }, all)).toEqual([]);
    expect(availableCuts(defaultLayout, { roadmapPicture: false, picture: true, table: false }).map((cut) => cut.id)).toEqual(['annexPicture']);
  });
});
