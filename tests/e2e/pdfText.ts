import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF that Chromium printed, so a test can read what the sponsor
 * will read (page numbers, a table header repeated on the next page) and the size it prints at.
 * Chromium's PDF writer (Skia) stores every font as a subset with Identity-H encoding: the
 * content streams hold glyph numbers, and each font's ToUnicode map turns them back into text.
 * This reads only that shape (uncompressed object table, Flate streams, Tj/TJ, form XObjects),
 * which is all a test needs; it is no general PDF reader.
 */
/** One text object (BT … ET): Chromium writes a line's glyphs, spaces included, in one. */
export type PdfRun = { text: string; size: number };
export type PdfPage = { runs: PdfRun[]; text: string };

type PdfObject = { dict: string; stream?: Buffer };

function objectsOf(pdf: Buffer): Map<string, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(match[1] as string, { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const dataStart = start + streamAt + (/stream\r?\n/.exec(body.slice(streamAt))?.[0].length ?? 7);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(match[1] as string, { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = end;
  }
  return objects;
}

const refs = (text: string): string[] => [...text.matchAll(/(\d+) 0 R/g)].map((match) => match[1] as string);

/** The dictionary text after `/Key`: an inline `<< … >>` (balanced) or the object a reference points to. */
function dictionaryAt(dict: string, key: string, objects: Map<string, PdfObject>): string {
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  const ref = /^(\d+) 0 R/.exec(rest);
  if (ref) return objects.get(ref[1] as string)?.dict ?? '';
  if (!rest.startsWith('<<')) return '';
  let depth = 0;
  for (let index = 0; index < rest.length - 1; index++) {
    if (rest.startsWith('<<', index)) {
      depth++;
      index++;
    } else if (rest.startsWith('>>', index)) {
      depth--;
      index++;
      if (depth === 0) return rest.slice(2, index - 1);
    }
  }
  return rest;
}

/** A ToUnicode CMap's bfchar and bfrange entries as glyph number → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, text] of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(glyph as string, 16), hexText(text as string));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(from as string, 16);
      const base = parseInt(target as string, 16);
      for (let glyph = first; glyph <= parseInt(to as string, 16); glyph++) map.set(glyph, String.fromCodePoint(base + glyph - first));
    }
  }
  return map;
}

function fontsOf(resources: string, objects: Map<string, PdfObject>): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  for (const [, name, id] of dictionaryAt(resources, 'Font', objects).matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
    const font = objects.get(id as string)?.dict ?? '';
    const cmapId = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
    fonts.set(name as string, toUnicode(cmapId ? (objects.get(cmapId)?.stream?.toString('latin1') ?? '') : ''));
  }
  return fonts;
}

/** The text runs of one content stream, following the form XObjects it draws (an SVG picture is one). */
function runsOf(content: string, resources: string, objects: Map<string, PdfObject>, scale: number): PdfRun[] {
  const fonts = fontsOf(resources, objects);
  const forms = new Map([...dictionaryAt(resources, 'XObject', objects).matchAll(/\/(\S+?)\s+(\d+) 0 R/g)].map(([, name, id]) => [name as string, id as string]));
  const runs: PdfRun[] = [];
  let font = new Map<number, string>();
  let size = 0;
  // The current transformation's vertical scale, for the printed size of text in points.
  let matrix = scale;
  let textMatrix = 1;
  const saved: number[] = [];
  const tokens = /\/(\S+)\s+([\d.]+)\s+Tf|(\[[^\]]*\])\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+[-\d.]+\s+[-\d.]+\s+(cm|Tm)|(?<![\w/])([qQ])(?!\w)|\/(\S+)\s+Do|\b(BT|ET)\b/g;
  const decode = (hex: string) => [...(hex.match(/.{4}/g) ?? [])].map((unit) => font.get(parseInt(unit, 16)) ?? '').join('');
  let run: PdfRun | undefined;
  const show = (text: string) => {
    if (run) run.text += text;
    else runs.push({ text, size: size * textMatrix * matrix });
  };
  for (const match of content.matchAll(tokens)) {
    if (match[12] === 'BT') {
      run = { text: '', size: 0 };
      runs.push(run);
    } else if (match[12] === 'ET') run = undefined;
    else if (match[1]) {
      font = fonts.get(match[1]) ?? new Map();
      size = Number(match[2]);
    } else if (match[3] !== undefined) show([...match[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((piece) => decode(piece[1] as string)).join(''));
    else if (match[4] !== undefined) show(decode(match[4]));
    else if (match[9] === 'Tm') {
      textMatrix = Math.hypot(Number(match[7]), Number(match[8]));
      // The size a run prints at is set once its font and matrix are (Tf and Tm open each run).
      if (run) run.size = size * textMatrix * matrix;
    }
    else if (match[9] === 'cm') matrix *= Math.hypot(Number(match[7]), Number(match[8]));
    else if (match[10] === 'q') saved.push(matrix);
    else if (match[10] === 'Q') matrix = saved.pop() ?? scale;
    else if (match[11]) {
      const form = objects.get(forms.get(match[11]) ?? '');
      if (form?.stream && form.dict.includes('/Form')) runs.push(...runsOf(form.stream.toString('latin1'), dictionaryAt(form.dict, 'Resources', objects), objects, matrix));
    }
  }
  return runs;
}

function pageIds(id: string, objects: Map<string, PdfObject>): string[] {
  const dict = objects.get(id)?.dict ?? '';
  if (/\/Type\s*\/Pages/.test(dict)) return refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '').flatMap((kid) => pageIds(kid, objects));
  return /\/Type\s*\/Page(?!s)/.test(dict) ? [id] : [];
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const objects = objectsOf(pdf);
  const root = [...objects.values()].find((object) => /\/Type\s*\/Catalog/.test(object.dict))?.dict ?? '';
  const tree = /\/Pages (\d+) 0 R/.exec(root)?.[1] ?? '';
  return pageIds(tree, objects).map((id) => {
    const dict = objects.get(id)?.dict ?? '';
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const content = refs(contents).map((ref) => objects.get(ref)?.stream?.toString('latin1') ?? '').join('\n');
    const runs = runsOf(content, dictionaryAt(dict, 'Resources', objects), objects, 1).filter((run) => run.text.trim() !== '');
    return { runs, text: runs.map((run) => run.text).join(' ').replace(/\s+/g, ' ').trim() };
  });
}
