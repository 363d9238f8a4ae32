import type { OutcomeBlock } from '../outcome/blocks';
import type { OutcomeLabels } from '../outcome/labels';
import { fillCounted, fillLocal, formatLevel } from '../outcome/labels';
import { oneLine } from '../outcome/text';
import type { InsightId } from './catalogue';
import type { PartInsightProfile } from './reportData';

/**
 * The ten insights check in the outcome report: per insight, how many people chose each level
 * and how many did not know, then the mean, as one compact table (ten short rows in smaller
 * print) so it fits the two pages. Counts only: the report never says who answered what.
 * `names` are the insights' titles in the report's language, which the caller translates.
 */
export type ReportInsights = { parts: readonly Pick<PartInsightProfile, 'partTitle' | 'profile'>[]; names: Readonly<Record<InsightId, string>> };

export function insightBlocks(data: ReportInsights, labels: OutcomeLabels): OutcomeBlock[] {
  const words = labels.insights;
  const blocks: OutcomeBlock[] = [];
  data.parts.forEach(({ partTitle, profile }) => {
    const caption = fillCounted(words.caption, profile.respondents, { count: profile.respondents }, labels);
    // A workshop that ran the check twice (start and end) names each part, so they can be told apart.
    const titled = data.parts.length > 1 && oneLine(partTitle) !== '' ? fillLocal(words.partCaption, { part: oneLine(partTitle), caption }, labels) : caption;
    blocks.push({
      type: 'grid',
      caption: titled,
      header: [words.insight, '1', '2', '3', '4', '5', words.dontKnow, words.mean],
      numeric: [false, true, true, true, true, true, true, true],
      rows: profile.rows.map((row) => [
        data.names[row.id] ?? row.id,
        ...row.counts.map((count) => fillLocal('{count}', { count }, labels)),
        fillLocal('{count}', { count: row.dontKnow }, labels),
        row.mean === undefined ? words.noMean : formatLevel(row.mean, labels),
      ]),
      compact: true,
    });
  });
  return blocks.length === 0 ? [] : [{ type: 'heading', text: words.heading }, ...blocks];
}
