import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../shared/activities/outcome';
import { importRows, parseRoadmapCsv, parseRoadmapMarkdown } from '../../../shared/roadmap/import';
import { readItems } from '../../../shared/roadmap/items';

const host: Actor = { deviceId: 'host', role: 'facilitator' };

describe('roadmap import', () => {
  it('reads a Markdown outline: headings are horizons, bullets are items', () => {
    const outline = ['# Coalition roadmap', 'Intro text.', '## Year 1, half 1', '- **Use cases**', '  - owner: Secretariat', '  - Collect ten cases', '- Blog', '## Someday', '- Lost item', '## Later', '- ', '- Review'].join('\n');
    const result = parseRoadmapMarkdown(outline);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.value.rows.map((row) => [row.title, row.horizon, row.owner, row.description])).toEqual([
      ['Use cases', 'y1h1', 'Secretariat', ['Collect ten cases']],
      ['Blog', 'y1h1', '', []],
      ['Review', 'later', '', []],
    ]);
    expect(result.value.skipped.map((row) => [row.line, row.refusal.code])).toEqual([
      [9, 'roadmapImport.badHorizon'],
      [11, 'roadmapImport.noTitle'],
    ]);
  });

  it('reads a CSV and reports every skipped row with its reason; writes only when asked', () => {
    const csv = ['Title,Horizon,Owner,Status,Description', 'Trainings,Y1 Q3,Partners,agreed,"Two courses', 'a year"', ',y1q1,,,', 'Seminars,Q9,,,', 'Network,y2h1,,maybe,', 'Blog,later,,,,extra'].join('\n');
    const result = parseRoadmapCsv(csv);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.value.rows).toMatchObject([{ title: 'Trainings', horizon: 'y1q3', status: 'agreed', description: ['Two courses', 'a year'] }]);
    expect(result.value.skipped.map((row) => row.refusal.code)).toEqual(['roadmapImport.noTitle', 'roadmapImport.badHorizon', 'roadmapImport.badStatus', 'roadmapImport.extraCells']);
    const doc = new Y.Doc();
    expect(readItems(doc).items).toHaveLength(0);
    expect(importRows(doc, 'p', result.value.rows, host, 1).ok).toBe(true);
    expect(readItems(doc).items.map((item) => item.title)).toEqual(['Trainings']);
  });

  it('refuses a file it cannot read at all', () => {
    expect(parseRoadmapCsv('name,when\nx,y1q1')).toMatchObject({ ok: false, refusal: { code: 'roadmapImport.noTitleColumn' } });
    expect(parseRoadmapCsv('title\n"broken')).toMatchObject({ ok: false, refusal: { code: 'csv.unclosedQuote' } });
    expect(parseRoadmapMarkdown('Just prose, no bullets.')).toMatchObject({ ok: false, refusal: { code: 'roadmapImport.empty' } });
    expect(parseRoadmapMarkdown('- no heading')).toMatchObject({ ok: false, refusal: { code: 'roadmapImport.nothingToImport' } });
  });
});
