import type * as Y from 'yjs';
import { readOutcome } from '../outcome/store';
import { readWorkshop } from '../workshop/doc';
import { schemaVersion } from '../workshop/schema';
import type { WorkshopJsonData } from './jsonData';

/**
 * The full JSON export: the validated snapshot of a workshop as plain JSON, for people who
 * analyse data in their own tools. It is a read-out, not a way back in (that is the `.baraza`
 * file, which keeps the edit history needed to merge). The room's data (cards, votes, ratings,
 * questions, attendance, roadmap, hackathon) is read by the activity modules, so the caller
 * passes it as `data` (see ./jsonData.ts). Its shape is documented in docs/export-schema.json.
 */
export const workshopJsonFormat = 'baraza-workshop-json';
/** 2: roadmap details, card categories and merged words, priorities, run log, hackathon.
 *  3: the ten insights profiles. */
export const workshopJsonFormatVersion = 3;

export type WorkshopJsonExport = {
  format: typeof workshopJsonFormat;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: number;
  appVersion: string;
  workshop: ReturnType<typeof readWorkshop>['meta'] | null;
  agenda: ReturnType<typeof readWorkshop>['parts'];
  outcome: ReturnType<typeof readOutcome>['outcome'] | null;
  data: WorkshopJsonData | null;
  /** What failed validation and was therefore left out; empty for a sound workshop. */
  problems: string[];
};

export type JsonExportOptions = { appVersion: string; exportedAt?: number; data?: WorkshopJsonData };

export function exportWorkshopJson(doc: Y.Doc, options: JsonExportOptions): WorkshopJsonExport {
  const workshop = readWorkshop(doc);
  const outcome = readOutcome(doc);
  return {
    format: workshopJsonFormat,
    formatVersion: workshopJsonFormatVersion,
    schemaVersion: workshop.meta?.schemaVersion ?? schemaVersion,
    exportedAt: options.exportedAt ?? Date.now(),
    appVersion: options.appVersion,
    workshop: workshop.meta ?? null,
    agenda: workshop.parts,
    outcome: outcome.outcome ?? null,
    data: options.data ?? null,
    problems: [...workshop.problems, ...outcome.problems],
  };
}

/** The export as text, indented for people who open it by hand. */
export function workshopJsonText(doc: Y.Doc, options: JsonExportOptions): string {
  return `${JSON.stringify(exportWorkshopJson(doc, options), null, 2)}\n`;
}
