import type { FollowUpData } from '../commitments/followUp';
import { followUpStatuses } from '../commitments/followUp';
import type { OutcomeBlock } from './blocks';
import type { OutcomeLabels } from './labels';
import { fillCounted, fillLocal } from './labels';
import { oneLine, shorten } from './text';

/**
 * "Follow-up of earlier commitments": one sentence of counts by status and the few lines that
 * most need a reader's attention, short enough to keep the report on its two pages.
 */
export function followUpBlocks(data: FollowUpData, labels: OutcomeLabels): OutcomeBlock[] {
  const words = labels.followUp;
  const list = followUpStatuses
    .filter((status) => data.counts[status] > 0)
    .map((status) => fillLocal(words.countOf, { status: words.statuses[status], count: data.counts[status] }, labels))
    .join(labels.list.separator);
  const blocks: OutcomeBlock[] = [{ type: 'heading', text: words.heading }, { type: 'paragraph', text: fillCounted(words.summary, data.total, { count: data.total, list }, labels) }];
  const items = data.lines.map((line) => {
    const values = { title: shorten(line.title, 80, labels.draft.ellipsis), owner: oneLine(line.owner), status: words.statuses[line.status] };
    const base = fillLocal(values.owner === '' ? words.line : words.lineOwned, values, labels);
    return line.note === '' ? base : fillLocal(words.withNote, { line: base, note: shorten(line.note, 80, labels.draft.ellipsis) }, labels);
  });
  if (items.length > 0) blocks.push({ type: 'bullets', items });
  return blocks;
}
