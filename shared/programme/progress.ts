import type * as Y from 'yjs';
import type { CompetenciesActivity } from '../activities/activitySchema';
import { activityOf } from '../activities/config';
import { readBallots, tally } from '../activities/votes';
import { readParticipants } from '../attendance/register';
import { beforeAfter, competencyStats, priorityContext, readAssessments } from '../competencies/assessment';
import { competencies, competencyIds, type DomainId } from '../competencies/framework';
import { latestInsightProfile } from '../insights/reportData';
import type { InsightProfile } from '../insights/profile';
import { readRun } from '../run/state';
import { readWorkshop } from '../workshop/doc';
import { groupProgress, type GroupProgress } from './groupProgress';

/**
 * What one workshop of a programme adds to the programme's picture of progress: the room's
 * competency priorities and self-assessed levels before and after, the same split by gender and
 * stakeholder group, and its ten insights profile. Read once from the workshop's document and
 * kept as plain figures, so a programme of twenty workshops is summarised without holding twenty
 * documents open. Figures only: nothing here says who rated what.
 */
export type RoundFigure = { count: number; mean: number | undefined };

export type CompetencyProgress = {
  competencyId: string;
  domainId: DomainId;
  /** Priority dots the competency received, and its share of all the workshop's priority dots
   *  (0..1); share is undefined when no priority vote was cast. */
  dots: number;
  share: number | undefined;
  before: RoundFigure;
  after: RoundFigure;
  /** After minus before, in levels, when both rounds were rated. */
  delta: number | undefined;
  /** The change among the people who rated it in both rounds: fairer when the room changed. */
  paired: { count: number; delta: number } | undefined;
};

export type WorkshopProgress = {
  workshopId: string;
  title: string;
  /** ISO date, or '' when the workshop has none. */
  date: string;
  venue: string;
  /** People in the register (removed rows left out). */
  attendance: number;
  /** People who rated at least one competency in each round. */
  respondents: { before: number; after: number };
  /** People who placed at least one priority dot. */
  priorityVoters: number;
  /** All fourteen competencies, in the framework's order. */
  competencies: CompetencyProgress[];
  groups: GroupProgress[];
  /** Undefined when the workshop did not run the ten insights check or nobody answered. */
  insights: InsightProfile | undefined;
};

export function workshopProgress(doc: Y.Doc): WorkshopProgress {
  const { meta, parts } = readWorkshop(doc);
  const before = readAssessments(doc, 'before').byPerson;
  const after = readAssessments(doc, 'after').byPerson;
  const { dots, voters } = priorityDots(doc);
  const totalDots = [...dots.values()].reduce((sum, count) => sum + count, 0);
  const changes = new Map(beforeAfter(before, after).map((change) => [change.competencyId, change]));
  const { participants } = readParticipants(doc);
  const rated = (byPerson: ReadonlyMap<string, object>) => [...byPerson.values()].filter((levels) => Object.keys(levels).length > 0).length;
  return {
    workshopId: meta?.id ?? '',
    title: meta?.title ?? '',
    date: meta?.date ?? '',
    venue: meta?.venue ?? '',
    attendance: participants.length,
    respondents: { before: rated(before), after: rated(after) },
    priorityVoters: voters,
    competencies: competencies.map((competency): CompetencyProgress => {
      const was = competencyStats(before, competency.id);
      const now = competencyStats(after, competency.id);
      const change = changes.get(competency.id);
      const count = dots.get(competency.id) ?? 0;
      return {
        competencyId: competency.id,
        domainId: competency.domain,
        dots: count,
        share: totalDots === 0 ? undefined : count / totalDots,
        before: { count: was.count, mean: was.mean },
        after: { count: now.count, mean: now.mean },
        delta: change?.delta,
        paired: change?.paired,
      };
    }),
    groups: groupProgress(participants, before, after),
    insights: parts.length === 0 ? undefined : latestInsightProfile(doc),
  };

  function priorityDots(source: Y.Doc): { dots: Map<string, number>; voters: number } {
    const run = readRun(source);
    const counts = new Map<string, number>();
    const people = new Set<string>();
    for (const part of parts) {
      const activity = activityOf(part, { format: meta?.format });
      if (activity.kind !== 'competencies' || !(activity as CompetenciesActivity).prioritise) continue;
      const { ballots } = readBallots(source, part.id);
      for (const [voter, placed] of ballots) if (placed.length > 0) people.add(voter);
      for (const row of tally(ballots, priorityContext(activity, run, part.id), competencyIds)) counts.set(row.optionId, (counts.get(row.optionId) ?? 0) + row.dots);
    }
    return { dots: counts, voters: people.size };
  }
}
