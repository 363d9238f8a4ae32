import { dayIndex, formatClock } from '../agenda/clock';
import { computeSchedule, type TimedPart } from '../agenda/timing';
import { escapeHtml } from './html';
import { pictureFonts, pictureSvg, pictureWidth, wrapText } from './roadmapPicture';

/**
 * The report's agenda picture (a hackathon's day, or a session whose roadmap has nothing agreed):
 * a Gantt chart drawn by us, at the roadmap picture's scale (1700 units print 170 mm wide), so
 * its text prints at 8.5 pt or more, where Mermaid's chart, shrunk into the page, printed at
 * about 4 pt. One row a part, in agenda order: its clock times, its title, and a bar placed on
 * the day's span, so lengths compare at a glance; a multi-day agenda gets a heading a day.
 * Breaks are drawn paler. All text is escaped; nothing is fetched.
 */
export type AgendaPictureInput = {
  startTime: string;
  parts: ReadonlyArray<TimedPart & { title: string; kind?: string }>;
  /** "Day 2", in the report's language. */
  dayLabel: (day: number) => string;
  direction?: 'ltr' | 'rtl';
};

export type AgendaPicture = { svg: string; width: number; height: number };

// Columns in drawing units: the clock times from 0, the titles from 240, the bars from 980 to the edge.
const titleLeft = 240;
const titleWidth = 700;
const barLeft = 980;
const barWidth = pictureWidth - barLeft;
const rowPad = 8;
const lineHeight = 1.25;
const maxTitleLines = 2;

type Row = { day: number; start: number; end: number; lines: string[]; isBreak: boolean };

export function agendaPicture(input: AgendaPictureInput): AgendaPicture {
  const rtl = input.direction === 'rtl';
  const schedule = computeSchedule(input.startTime || '09:00', input.parts);
  const rows: Row[] = input.parts.map((part, index) => {
    const slot = schedule.parts[index] ?? { start: 0, end: 0 };
    return { day: dayIndex(slot.start), start: slot.start, end: slot.end, lines: wrapText(`${index + 1}. ${part.title}`, titleWidth, pictureFonts.item, maxTitleLines), isBreak: part.kind === 'break' };
  });
  const multiDay = rows.some((row) => row.day > 0);
  // Mirrors a box for right-to-left reports: the times on the right, bars growing leftwards.
  const x = (left: number, width = 0) => (rtl ? pictureWidth - left - width : left);
  const body: string[] = [];
  let top = 0;
  for (const day of [...new Set(rows.map((row) => row.day))]) {
    const ofDay = rows.filter((row) => row.day === day);
    const from = Math.min(...ofDay.map((row) => row.start));
    const span = Math.max(1, Math.max(...ofDay.map((row) => row.end)) - from);
    if (multiDay) {
      top += pictureFonts.heading * lineHeight;
      body.push(`<text x="${x(0)}" y="${top - 8}" font-size="${pictureFonts.heading}" font-weight="bold" text-anchor="start">${escapeHtml(input.dayLabel(day + 1))}</text>`);
      top += rowPad;
    }
    const dayTop = top;
    // Pale shading on every other row, then the hour lines over it, then the times, titles and bars.
    const shading: string[] = [];
    const rowShapes: string[] = [];
    ofDay.forEach((row, index) => {
      const height = row.lines.length * pictureFonts.item * lineHeight + rowPad * 2;
      if (index % 2 === 0) shading.push(`<rect x="0" y="${top}" width="${pictureWidth}" height="${height}" fill="#f6f8fb"/>`);
      const baseline = (line: number) => top + rowPad + (line + 1) * pictureFonts.item * lineHeight - 8;
      const times = `${formatClock(row.start)}–${formatClock(row.end)}`;
      rowShapes.push(`<text x="${x(0)}" y="${baseline(0)}" font-size="${pictureFonts.more}" text-anchor="start">${times}</text>`);
      row.lines.forEach((line, lineIndex) => rowShapes.push(`<text x="${x(titleLeft)}" y="${baseline(lineIndex)}" font-size="${pictureFonts.item}" text-anchor="start">${escapeHtml(line)}</text>`));
      const barStart = barLeft + ((row.start - from) / span) * barWidth;
      const barLength = Math.max(6, ((row.end - row.start) / span) * barWidth);
      rowShapes.push(`<rect x="${x(barStart, barLength).toFixed(1)}" y="${top + height / 2 - 14}" width="${barLength.toFixed(1)}" height="28" rx="4" fill="${row.isBreak ? '#c9d2e0' : '#3b5b8c'}"/>`);
      top += height;
    });
    body.push(...shading, ...hourLines(from, span, dayTop, top, x), ...rowShapes);
    top += rowPad * 2;
  }
  const height = Math.max(1, Math.ceil(top - rowPad * 2));
  return { svg: pictureSvg(height, rtl, body), width: pictureWidth, height };
}

/** A thin line at each full hour across the bars' area, so a bar's length reads as time. */
function hourLines(from: number, span: number, top: number, bottom: number, x: (left: number, width?: number) => number): string[] {
  const lines: string[] = [];
  for (let hour = Math.ceil(from / 60) * 60; hour <= from + span; hour += 60) {
    const left = barLeft + ((hour - from) / span) * barWidth;
    lines.push(`<rect x="${x(left, 2).toFixed(1)}" y="${top}" width="2" height="${bottom - top}" fill="#d5dbe5"/>`);
  }
  return lines;
}
