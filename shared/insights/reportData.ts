import type * as Y from 'yjs';
import { activityOf } from '../activities/config';
import { readWorkshop } from '../workshop/doc';
import { readInsightAnswers } from './answers';
import { insightProfile, type InsightProfile } from './profile';

/**
 * The ten insights profiles a workshop holds, for its report, its data exports and its
 * programme: one per insights part that anyone answered, in agenda order. Only the room's
 * counts leave here, never whose answers they are: the check is anonymous in every output.
 */
export type PartInsightProfile = { partId: string; partTitle: string; profile: InsightProfile };

export function workshopInsightProfiles(doc: Y.Doc): PartInsightProfile[] {
  const { meta, parts } = readWorkshop(doc);
  return parts.flatMap((part) => {
    if (activityOf(part, { format: meta?.format }).kind !== 'insights') return [];
    const profile = insightProfile(readInsightAnswers(doc, part.id).byPerson);
    return profile.respondents > 0 ? [{ partId: part.id, partTitle: part.title, profile }] : [];
  });
}

/** The profile that stands for the workshop in a programme: the last check it ran, the room's
 *  latest picture of its organisations. */
export function latestInsightProfile(doc: Y.Doc): InsightProfile | undefined {
  return workshopInsightProfiles(doc).at(-1)?.profile;
}
