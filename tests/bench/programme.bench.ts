// A programme of 20 trainings with 100 participants each (ratings before and after, priorities,
// the ten insights check). Times opening its progress summary from the stored documents (each
// decoded from its Yjs update, read, let go) and exporting it: the progress CSV, the one-page
// print page behind the PDF, and the Word file (median of 5; targets: open < 1 s, export < 2 s).
// Figures: docs/BENCHMARKS.md, Programme.
import * as Y from 'yjs';
import { englishLabel } from '../../shared/exchange/labelKeys';
import { renderBlocksDocx } from '../../shared/outcome/docx';
import { workshopProgress } from '../../shared/programme/progress';
import { progressCsv } from '../../shared/programme/progressCsv';
import { programmeSummary } from '../../shared/programme/summary';
import { summaryBlocks } from '../../shared/programme/summaryBlocks';
import { summaryHtml } from '../../shared/programme/summaryExport';
import { programmeTrainings } from '../fixtures/programmeTrainings';

async function median(label: string, task: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  const value = [...times].sort((a, b) => a - b)[2] as number;
  console.log(`${label.padEnd(56)} median ${value.toFixed(1).padStart(8)} ms  (runs: ${times.map((time) => time.toFixed(0)).join(', ')})`);
  return value;
}

export async function run(): Promise<void> {
  const stored = programmeTrainings(20, 100).map((doc) => Y.encodeStateAsUpdate(doc));
  console.log(`20 workshops stored: ${(stored.reduce((sum, update) => sum + update.byteLength, 0) / 2 ** 20).toFixed(1)} MiB of updates`);
  const open = () =>
    programmeSummary(
      stored.map((update) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, update);
        const progress = workshopProgress(doc);
        doc.destroy();
        return progress;
      }),
    );
  const words = { language: 'en', direction: 'ltr' as const, translate: englishLabel };
  const opened = await median('open the summary (20 × 100 people)', open);
  const summary = open();
  const exported = await median('export: progress CSV + one-page HTML + Word', async () => {
    progressCsv(summary.workshops);
    summaryHtml('Digital capacity trainings 2026', summary, words);
    await renderBlocksDocx(summaryBlocks('Digital capacity trainings 2026', summary, words), words);
  });
  console.log(`targets: open < 1000 ms (${opened < 1000 ? 'met' : 'MISSED'}), export < 2000 ms (${exported < 2000 ? 'met' : 'MISSED'})`);
}
