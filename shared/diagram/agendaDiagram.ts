import { dayIndex, formatClock, minutesPerDay } from '../agenda/clock';
import { computeSchedule } from '../agenda/timing';
import type { AgendaPart } from '../workshop/schema';
import { mermaidLabel } from './mermaidText';

export type DiagramKind = 'gantt' | 'timeline';

export type AgendaDiagramInput = {
  title: string;
  startTime: string;
  parts: readonly AgendaPart[];
  /** Translated "Day {{n}}" label for multi-day agendas. */
  dayLabel: (day: number) => string;
};

// Gantt charts need calendar dates; the agenda has only clock times, so day one is pinned to an
// arbitrary date and later days follow it.
const baseDate = Date.UTC(2000, 0, 3);

function ganttDate(minutes: number): string {
  const date = new Date(baseDate + dayIndex(minutes) * 86_400_000).toISOString().slice(0, 10);
  return `${date} ${formatClock(minutes)}`;
}

/** Mermaid source for the agenda, with every piece of user text made safe by mermaidLabel. */
export function agendaDiagramSource(kind: DiagramKind, input: AgendaDiagramInput): string {
  const schedule = computeSchedule(input.startTime || '09:00', input.parts);
  const multiDay = schedule.parts.some((slot) => slot.start >= minutesPerDay);
  const lines: string[] = [];
  let currentDay = -1;
  if (kind === 'gantt') {
    lines.push('gantt', `  title ${mermaidLabel(input.title, 120)}`, '  dateFormat YYYY-MM-DD HH:mm', '  axisFormat %H:%M');
  } else {
    lines.push('timeline', `  title ${mermaidLabel(input.title, 120)}`);
  }
  input.parts.forEach((part, index) => {
    const slot = schedule.parts[index];
    if (!slot) return;
    const day = dayIndex(slot.start);
    if (day !== currentDay && (multiDay || kind === 'gantt')) {
      lines.push(`  section ${mermaidLabel(input.dayLabel(day + 1))}`);
      currentDay = day;
    }
    const label = `${index + 1}. ${mermaidLabel(part.title)}`;
    if (kind === 'gantt') lines.push(`  ${label} :p${index}, ${ganttDate(slot.start)}, ${part.minutes}m`);
    else lines.push(`  ${mermaidLabel(formatClock(slot.start))} : ${label}`);
  });
  return `${lines.join('\n')}\n`;
}
