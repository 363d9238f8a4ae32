// Outcome exports of a full-day workshop: 5,000 cards, 100 participants, 200 roadmap items.
// Times the DOCX, Markdown/HTML, PDF (the HTML print page through Chromium) and CSV exports
// (median of 5; target under 2 s each) and compares the .baraza file's size with the full JSON export's. Figures: docs/BENCHMARKS.md.
import * as Y from 'yjs';
import { decodeBarazaFile, encodeBarazaFile } from '../../shared/exchange/barazaFile';
import type { WorkshopDataset } from '../../shared/exchange/combine';
import { cardsCsv, competencyCsv, participantsCsv, roadmapCsv } from '../../shared/exchange/datasets';
import { workshopJsonText } from '../../shared/exchange/jsonExport';
import { renderDocx } from '../../shared/outcome/docx';
import { generateDraft } from '../../shared/outcome/draft';
import { estimateDocumentFit } from '../../shared/outcome/fit';
import { renderHtml } from '../../shared/outcome/html';
import type { OutcomeSources, ParticipantInput, RoadmapStatus } from '../../shared/outcome/inputs';
import { outcomeLabelsEn } from '../../shared/outcome/labels.en';
import { renderMarkdown } from '../../shared/outcome/markdown';
import { forumSources } from '../fixtures/outcomeSources';
import { tinyPng } from '../fixtures/png';
import { forumExports } from './outcomeForum';
import { launchChromium } from './support/browser';
import { forumDoc } from '../fixtures/workshopDoc';

const words = 'data skills budget county registry training leaders citizens trust open procurement power network privacy law pilot platform'.split(' ');

function seeded(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (Math.imul(value ^ (value >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return value / 2 ** 32;
  };
}

function fullDay(): { sources: OutcomeSources; data: WorkshopDataset } {
  const next = seeded(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = (length: number): string => Array.from({ length }, () => pick(words)).join(' ');
  const base = forumSources();
  const clusters = Array.from({ length: 60 }, (_, index) => ({ id: `c${index}`, label: `Theme ${index}: ${sentence(3)}` }));
  const cards = Array.from({ length: 5000 }, (_, index) => ({
    id: `k${index}`,
    text: sentence(8 + Math.floor(next() * 20)),
    votes: Math.floor(next() * 12),
    ...(next() < 0.7 ? { cluster: pick(clusters).id } : {}),
    part: pick(['Challenges', 'Roadmap', 'Framework']),
  }));
  const statuses: RoadmapStatus[] = ['draft', 'proposed', 'agreed', 'rejected'];
  const roadmapItems = Array.from({ length: 200 }, (_, index) => ({
    id: `r${index}`,
    title: `Action ${index}: ${sentence(6)}`,
    status: pick(statuses),
    horizon: pick(['first six months', 'year 1', 'year 2']),
    votes: Math.floor(next() * 30),
    comments: Array.from({ length: Math.floor(next() * 4) }, () => sentence(10)),
  }));
  const participants: ParticipantInput[] = Array.from({ length: 100 }, (_, index) => ({
    id: `u${index}`,
    name: `Participant ${index}`,
    email: `p${index}@example.org`,
    organisation: `Organisation ${index % 17}`,
    gender: pick(['women', 'men', 'undisclosed']),
    group: pick(['government', 'civilSociety', 'academia', 'privateSector', 'media']),
    mode: next() < 0.7 ? 'onsite' : 'online',
  }));
  const count = (key: (row: ParticipantInput) => string): Record<string, number> =>
    participants.reduce<Record<string, number>>((counts, row) => ({ ...counts, [key(row)]: (counts[key(row)] ?? 0) + 1 }), {});
  const onsite = participants.filter((row) => row.mode === 'onsite').length;
  const sources: OutcomeSources = {
    ...base,
    cards,
    clusters,
    roadmapItems,
    attendance: { onsite, online: participants.length - onsite, byGender: count((row) => row.gender), byGroup: count((row) => row.group) },
  };
  const competencyResults = base.competencyPriorities.map((priority) => ({ competency: priority.name, domain: '', before: priority.before, after: priority.after, respondents: 100 }));
  return { sources, data: { participants, cards, clusters, roadmapItems, questions: [], competencyResults } };
}

/** The same day as a Y.Doc: workshop, outcome, and room roots shaped as a room would store them. */
function fullDayDoc(data: WorkshopDataset): Y.Doc {
  const doc = forumDoc();
  doc.transact(() => {
    const cards = doc.getMap<Y.Map<unknown>>('cards');
    for (const card of data.cards) {
      const map = new Y.Map<unknown>();
      map.set('text', card.text);
      if (card.cluster) map.set('cluster', card.cluster);
      map.set('part', card.part);
      cards.set(card.id, map);
    }
    const votes = doc.getMap<number>('votes');
    for (const card of data.cards) for (let vote = 0; vote < card.votes; vote++) votes.set(`u${vote}:${card.id}`, 1);
    const people = doc.getMap<Y.Map<unknown>>('participants');
    for (const person of data.participants) {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(person)) map.set(key, value);
      people.set(person.id, map);
    }
  });
  return doc;
}

async function median(label: string, task: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  const value = times.sort((a, b) => a - b)[2] as number;
  console.log(`${label.padEnd(56)} median ${value.toFixed(1).padStart(8)} ms  (runs: ${times.map((time) => time.toFixed(0)).join(', ')})`);
  return value;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export async function run(): Promise<void> {
  const { sources, data } = fullDay();
  const doc = fullDayDoc(data);
  const document = generateDraft(sources, outcomeLabelsEn);
  console.log(`Two-page estimate of the draft: ${JSON.stringify(estimateDocumentFit(document, outcomeLabelsEn, { withRoadmapImage: true }))}`);
  await median('draft from 5,000 cards', () => generateDraft(sources, outcomeLabelsEn));
  let docxBytes = 0;
  await median('draft + DOCX (with timeline picture)', async () => {
    docxBytes = (await renderDocx(generateDraft(sources, outcomeLabelsEn), outcomeLabelsEn, { roadmapImage: { png: tinyPng, width: 1200, height: 300 } })).length;
  });
  await median('draft + Markdown + HTML', () => {
    const draft = generateDraft(sources, outcomeLabelsEn);
    return renderMarkdown(draft, outcomeLabelsEn).length + renderHtml(draft, outcomeLabelsEn, { roadmapPng: tinyPng }).length;
  });
  const pdf = await pdfTiming(renderHtml(document, outcomeLabelsEn, { roadmapPng: tinyPng }));
  let csvChars = 0;
  await median('CSV: cards, participants (both), roadmap, competencies', () => {
    csvChars =
      cardsCsv(data.cards, data.clusters).length +
      participantsCsv(data.participants).length +
      participantsCsv(data.participants, { chathamHouse: true }).length +
      roadmapCsv(data.roadmapItems).length +
      competencyCsv(data.competencyResults).length;
  });
  let file: Uint8Array = new Uint8Array();
  await median('.baraza encode', () => {
    file = encodeBarazaFile(doc, { appVersion: '0.1.0' });
  });
  await median('.baraza decode and full check', () => decodeBarazaFile(file));
  let json = '';
  await median('full JSON export', () => {
    json = workshopJsonText(doc, { appVersion: '0.1.0', data: { ...data, competencyPriorities: sources.competencyPriorities, runLog: sources.runLog } });
  });
  const jsonBytes = new TextEncoder().encode(json).length;
  console.log(`PDF ${kib(pdf.bytes)} on ${pdf.pages} A4 page(s)`);
  console.log(`DOCX ${kib(docxBytes)}; CSV ${kib(csvChars)} (characters)`);
  console.log(`.baraza ${kib(file.length)} vs JSON export ${kib(jsonBytes)}: ratio ${(file.length / jsonBytes).toFixed(2)}`);
}

/**
 * The PDF export as the desktop app makes it: the HTML print page laid out and printed by
 * Chromium (Electron's printToPDF is the same engine as Playwright's page.pdf). The browser is
 * launched once, outside the timing; each run loads the page afresh and prints it.
 */
async function pdfTiming(html: string): Promise<{ bytes: number; pages: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let pdf: Buffer = Buffer.alloc(0);
    await median('HTML print page to PDF in Chromium (A4)', async () => {
      await page.setContent(html);
      pdf = await page.pdf({ format: 'A4' });
    });
    // Page objects, not the /Pages tree node: the count the two-page limit is about.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    // The realistic forum of the template's limits, with the report's real picture.
    await forumExports(browser, median);
    return { bytes: pdf.length, pages };
  } finally {
    await browser.close();
  }
}
