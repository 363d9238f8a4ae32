import { describe, expect, it } from 'vitest';
import { agendaDiagramSource } from '../../../shared/diagram/agendaDiagram';
import { mermaidLabel } from '../../../shared/diagram/mermaidText';
import type { AgendaPart } from '../../../shared/workshop/schema';

const part = (title: string, minutes: number, fixedStart = ''): AgendaPart => ({ id: title, title, kind: 'discussion', minutes, questions: [], fixedStart, position: 0 });

describe('Mermaid labels', () => {
  it('turn markup and Mermaid syntax into plain look-alike text', () => {
    expect(mermaidLabel('<img src=x onerror=alert(1)>')).toBe('‹img src＝x onerror＝alert（1）›');
    expect(mermaidLabel('a: b; #c %% d')).toBe('a∶ b； ＃c ％％ d');
    expect(mermaidLabel('line\nbreak\u202eevil')).toBe('line break evil');
    expect(mermaidLabel('   ')).toBe('—');
    expect(mermaidLabel('x'.repeat(100))).toHaveLength(80);
  });
});

describe('agenda diagram source', () => {
  const input = { title: 'Forum: day one', startTime: '09:00', parts: [part('Framework', 30), part('section Evil', 30)], dayLabel: (day: number) => `Day ${day}` };

  it('draws a Gantt chart with one bar per part at its clock time', () => {
    const source = agendaDiagramSource('gantt', input);
    expect(source).toContain('title Forum∶ day one');
    expect(source).toContain('1. Framework :p0, 2000-01-03 09:00, 30m');
    expect(source).toContain('2. section Evil :p1, 2000-01-03 09:30, 30m');
    // No line of the source starts with user text.
    expect(source.split('\n').filter((line) => /^\s*section /.test(line))).toEqual(['  section Day 1']);
  });

  it('draws a timeline, with days as sections only when the agenda spans days', () => {
    expect(agendaDiagramSource('timeline', input)).toContain('09∶30 : 2. section Evil');
    const twoDays = agendaDiagramSource('timeline', { ...input, parts: [part('A', 60), part('B', 60, '09:00')] });
    expect(twoDays).toContain('section Day 2');
  });
});
