// Foundation benchmarks: time to an interactive home screen with 200 stored workshops and to an
// interactive 40-part agenda, in Chromium against the production web build; and the size of the
// renderer's initial JavaScript, gzipped, with and without Mermaid.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newWorkshopFromFormat } from '../../shared/workshop/formats';
import type { NewWorkshop } from '../../shared/workshop/doc';
import { launchChromium, median } from './support/browser';
import { seedWorkshops } from '../fixtures/seedStore';
import { serveFolder } from './support/staticServer';

const webRoot = join(process.cwd(), 'out/web');
const runs = 5;

function workshop(index: number, parts: number): NewWorkshop {
  const base = newWorkshopFromFormat({ id: `bench${String(index).padStart(4, '0')}`, format: 'forum3', title: `Workshop ${index}`, language: 'en', date: '2026-12-01', now: 1_700_000_000_000 + index }, (key) => key);
  const agenda = Array.from({ length: parts }, (_, at) => ({ ...base.parts[at % base.parts.length]!, title: `Part ${at + 1}`, minutes: 10 }));
  return { ...base, venue: 'Kigali', parts: agenda };
}

function initialScripts(): { initial: number; all: number } {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  const gz = (file: string) => gzipSync(readFileSync(join(webRoot, file))).length;
  const initial = referenced.reduce((sum, file) => sum + gz(file), 0);
  const all = readdirSync(join(webRoot, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gz(join('assets', name)), 0);
  return { initial, all };
}

export async function run(): Promise<void> {
  const { server, url } = await serveFolder(webRoot);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'No workshops yet' }).waitFor();
    await seedWorkshops(page, [...Array.from({ length: 199 }, (_, index) => workshop(index, 3)), workshop(999, 40)]);

    const home: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto('about:blank');
      await page.goto(url);
      const handle = await page.waitForFunction(() => {
        const cards = document.querySelectorAll('[data-testid="workshop-card"]');
        return cards.length === 200 && !document.querySelector('dialog') ? performance.now() : false;
      }, undefined, { polling: 'raf' });
      home.push((await handle.jsonValue()) as number);
    }

    const agenda: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto('about:blank');
      await page.goto(`${url}#/w/bench0999`);
      const handle = await page.waitForFunction(() => {
        const inputs = document.querySelectorAll<HTMLInputElement>('.agenda-title-input');
        return inputs.length === 40 && !inputs[39]?.disabled ? performance.now() : false;
      }, undefined, { polling: 'raf' });
      agenda.push((await handle.jsonValue()) as number);
    }

    const sizes = initialScripts();
    console.log(`home screen, 200 workshops, navigation → interactive: median ${median(home).toFixed(0)} ms (runs: ${home.map((v) => v.toFixed(0)).join(', ')}; target < 1000 ms)`);
    console.log(`agenda of 40 parts, navigation → interactive:        median ${median(agenda).toFixed(0)} ms (runs: ${agenda.map((v) => v.toFixed(0)).join(', ')}; target < 1000 ms)`);
    console.log(`initial JavaScript, gzipped: ${(sizes.initial / 1024).toFixed(1)} KB (target < 300 KB); all JavaScript incl. Mermaid: ${(sizes.all / 1024).toFixed(1)} KB`);
  } finally {
    await browser.close();
    server.close();
  }
}
