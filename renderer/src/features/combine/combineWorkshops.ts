import { combineDatasets, combineSources, type WorkshopDataset } from '@shared/exchange/combine';
import { datasetFromDoc, outcomeSourcesFromDoc } from '@shared/outcome/adapter';
import type { OutcomeSources } from '@shared/outcome/inputs';
import type { WorkshopMeta } from '@shared/workshop/schema';
import { openWorkshop } from '../../persistence/workshops';

/**
 * Several stored workshops read as one (say three provincial sessions): the rows of every data
 * export, each saying which workshop it came from, and the sources of one combined report.
 */
export type CombinedWorkshops = { data: WorkshopDataset; sources: OutcomeSources };

type Read = { sources: OutcomeSources; data: WorkshopDataset };

/** Opens one workshop, reads what the exports need, and lets the document go again. */
async function readOne(id: string, now: number, untitled: string): Promise<Read> {
  const opened = await openWorkshop(id);
  if (!opened) throw new Error(`workshop ${id} is no longer stored`);
  try {
    const sources = outcomeSourcesFromDoc(opened.doc, { now });
    if (!sources) throw new Error(`workshop ${id} has no readable details`);
    // An untitled workshop still needs a name in the "source" column, or its rows are anonymous.
    const titled = sources.meta.title.trim() === '' ? { ...sources, meta: { ...sources.meta, title: untitled } } : sources;
    return { sources: titled, data: datasetFromDoc(opened.doc, { now }) };
  } finally {
    opened.release();
  }
}

const distinct = (values: readonly string[]): string[] => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

/**
 * The combined report's own details. Its date is the first session's, so the report's date line
 * stays a real date; organisers and venues are listed once each, in the order picked.
 */
function combinedMeta(metas: readonly WorkshopMeta[], title: string, now: number): WorkshopMeta {
  const [first] = metas;
  if (!first) throw new Error('nothing to combine');
  const dates = metas.map((meta) => meta.date).filter(Boolean).sort();
  return {
    ...first,
    id: 'combined',
    title,
    date: dates[0] ?? '',
    startTime: '',
    endTime: '',
    venue: distinct(metas.map((meta) => meta.venue)).join('; '),
    organiser: distinct(metas.map((meta) => meta.organiser)).join('; '),
    sdgTags: distinct(metas.flatMap((meta) => meta.sdgTags)),
    description: '',
    createdAt: now,
    archived: false,
  };
}

export async function combineWorkshops(ids: readonly string[], options: { now: number; untitled: string; title: (titles: string[]) => string }): Promise<CombinedWorkshops> {
  // One at a time: each read opens a document, and a laptop may hold many large ones.
  const reads: Read[] = [];
  for (const id of ids) reads.push(await readOne(id, options.now, options.untitled));
  const metas = reads.map((read) => read.sources.meta);
  return {
    data: combineDatasets(reads.map(({ sources, data }) => ({ source: { workshopId: sources.meta.id, workshopTitle: sources.meta.title }, data }))),
    sources: combineSources(
      reads.map((read) => read.sources),
      combinedMeta(metas, options.title(metas.map((meta) => meta.title)), options.now),
    ),
  };
}
