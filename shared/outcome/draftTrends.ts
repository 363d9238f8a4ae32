import type { CompetencyPriorityInput } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillLocal, fillTemplate } from './labels';
import type { SourceRef } from './links';
import { oneLine } from './text';

/**
 * The trends of a first draft: the competencies the room chose most often as priorities, then
 * the largest before/after self-assessment gains among the rest, so a session that moved people
 * says so. Each line links to its competency.
 */
export function trends(priorities: readonly CompetencyPriorityInput[], labels: OutcomeLabels, target: number, formatLevel: (value: number) => string) {
  const ranked = priorities.filter((priority) => oneLine(priority.name) !== '').sort((a, b) => b.share - a.share || a.name.localeCompare(b.name));
  const growthSlots = Math.floor(target / 3);
  const top = ranked.filter((priority) => priority.share > 0).slice(0, target - Math.min(growthSlots, countGrowth(ranked)));
  const bullets = top.map((priority) => fillLocal(labels.draft.trendPriority, { name: oneLine(priority.name), percent: Math.round(priority.share * 100) }, labels));
  const used = new Set(top);
  const grown = ranked
    .filter((priority) => !used.has(priority) && gain(priority) > 0)
    .sort((a, b) => gain(b) - gain(a))
    .slice(0, target - bullets.length);
  for (const priority of grown) {
    used.add(priority);
    bullets.push(
      fillTemplate(labels.draft.trendGrowth, { name: oneLine(priority.name), before: formatLevel(priority.before as number), after: formatLevel(priority.after as number) }),
    );
  }
  const links = [...top, ...grown].map((priority): SourceRef[] => (priority.id ? [{ kind: 'competency', id: priority.id }] : []));
  return { bullets, links, unused: ranked.filter((priority) => !used.has(priority) && priority.share > 0) };
}

function gain(priority: CompetencyPriorityInput): number {
  return priority.before !== undefined && priority.after !== undefined ? priority.after - priority.before : 0;
}

function countGrowth(ranked: readonly CompetencyPriorityInput[]): number {
  return ranked.filter((priority) => gain(priority) > 0).length;
}
