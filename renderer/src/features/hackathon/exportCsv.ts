import type * as Y from 'yjs';
import { hackathonCanvasesCsv, hackathonResultsCsv } from '@shared/hackathon/exportData';
import { downloadBytes } from '../exchange/download';

function save(text: string, name: string) {
  downloadBytes(new TextEncoder().encode(text), name, 'text/csv;charset=utf-8');
}

/** The results file: one row per submitted team, with rank, tie and both scores. */
export function downloadResults(doc: Y.Doc, title: string) {
  save(hackathonResultsCsv(doc), `${title || 'hackathon'} - results.csv`);
}

/** Every team's canvas, whether or not it submitted. */
export function downloadCanvases(doc: Y.Doc, title: string) {
  save(hackathonCanvasesCsv(doc), `${title || 'hackathon'} - canvases.csv`);
}
