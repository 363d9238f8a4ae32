import type * as Y from 'yjs';
import type { Actor, Outcome } from '../activities/outcome';
import type { Horizon } from './horizons';
import type { ItemRefusalCode } from './items';
import { addItems } from './items';
import { paragraphs } from './richText';

/**
 * The draft roadmap a facilitator can start the roadmap part from, drawn from what the coalition
 * plans to do. Each entry names i18n keys (English in ./strings.en.ts), so the draft is written
 * in the facilitator's language when it is put on the board; after that it is ordinary text the
 * room edits.
 */
export type TemplateItem = { key: string; horizon: Horizon };

export const draftTemplate: readonly TemplateItem[] = [
  { key: 'useCases', horizon: 'y1h1' },
  { key: 'workingGroups', horizon: 'y1h1' },
  { key: 'blogSeries', horizon: 'y1h2' },
  { key: 'trainings', horizon: 'y1h2' },
  { key: 'assessmentNetwork', horizon: 'y2h1' },
  { key: 'seminars', horizon: 'y2h1' },
  { key: 'nextForum', horizon: 'y2h2' },
];

export function templateKeys(item: TemplateItem): { title: string; description: string; owner: string } {
  const base = `roadmap.template.${item.key}`;
  return { title: `${base}.title`, description: `${base}.description`, owner: `${base}.owner` };
}

/** Puts the draft on the board of a part, in one transaction, as the facilitator's items. */
export function applyTemplate(doc: Y.Doc, partId: string, translate: (key: string) => string, actor: Actor, now: number): Outcome<string[], ItemRefusalCode> {
  return addItems(
    doc,
    partId,
    draftTemplate.map((item) => {
      const keys = templateKeys(item);
      return { title: translate(keys.title), owner: translate(keys.owner), horizon: item.horizon, status: 'proposed', description: paragraphs(translate(keys.description).split('\n')) };
    }),
    actor,
    now,
  );
}
