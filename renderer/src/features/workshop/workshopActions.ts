import { randomId } from '@shared/ids';
import { readWorkshop, setMeta, summarize } from '@shared/workshop/doc';
import { createWorkshop, openWorkshop, readWorkshopCopy, updateListing } from '../../persistence/workshops';

/** Creates a copy of a workshop with the same details and agenda, under a new id and title. */
export async function duplicateWorkshop(id: string, titleFor: (title: string) => string): Promise<{ id: string; title: string } | undefined> {
  const snapshot = await readWorkshopCopy(id);
  if (!snapshot?.meta) return undefined;
  const { meta, parts } = snapshot;
  const newId = randomId();
  const title = titleFor(meta.title);
  await createWorkshop({
    id: newId,
    title,
    format: meta.format,
    date: meta.date,
    startTime: meta.startTime,
    endTime: meta.endTime,
    venue: meta.venue,
    organiser: meta.organiser,
    language: meta.language,
    sdgTags: meta.sdgTags,
    description: meta.description,
    createdAt: Date.now(),
    // Everything a part holds is copied (its activity settings too); only its identity is new.
    parts: parts.map(({ id: _id, position: _position, ...rest }) => rest),
  });
  return { id: newId, title };
}

export async function setArchived(id: string, archived: boolean): Promise<void> {
  const opened = await openWorkshop(id);
  if (!opened) return;
  try {
    // A workshop whose store is damaged is never written to, not even to archive it.
    if (opened.unreadableUpdates > 0) return;
    setMeta(opened.doc, { archived });
    const snapshot = readWorkshop(opened.doc);
    const summary = summarize(snapshot);
    if (summary) await updateListing(id, summary, undefined, Date.now());
  } finally {
    opened.release();
  }
}
