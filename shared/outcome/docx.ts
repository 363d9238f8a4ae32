import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { BlockOptions, OutcomeBlock } from './blocks';
import { outcomeBlocks } from './blocks';
import type { OutcomeLabels } from './labels';
import type { ReportLayout } from './layout';
import type { OutcomeDocument } from './model';

/**
 * The outcome document as a Word file, for organisers whose sponsors want to edit it further.
 * This is the only module that imports `docx` (a few hundred kilobytes), so the renderer can
 * load it on demand when someone asks for a DOCX. It uses Word's own structure, not look-alike
 * formatting: Heading 1/2/3 styles (they feed Word's navigation pane and table of contents), a
 * real bulleted list from a numbering definition, a real table of participation figures, and
 * the roadmap timeline as an embedded picture.
 */
export type DocxImage = {
  /** PNG bytes, drawn by the renderer (shared/ has no canvas). */
  png: Uint8Array;
  /** Pixel size of the PNG; the picture is scaled down to the text width, never up. */
  width: number;
  height: number;
  /** Drawn to print at the text block's full width (the roadmap picture): never fitted into 60 mm. */
  fullWidth?: boolean;
};

/**
 * Extra material placed after the report's own sections, such as a hackathon's results and team
 * canvases. The caller reads it from the workshop and translates it, so this module stays free of
 * any one feature's data and of any sentences of its own.
 */
export type DocxAppendix = {
  heading: string;
  table?: { caption: string; header: readonly string[]; rows: readonly (readonly string[])[] };
  sections?: readonly { heading: string; fields: readonly { label: string; value: string }[] }[];
};

export type DocxOptions = { roadmapImage?: DocxImage; imageCaption?: string | undefined; appendix?: DocxAppendix; hackathon?: BlockOptions['hackathon']; followUp?: BlockOptions['followUp']; insights?: BlockOptions['insights']; layout?: ReportLayout | undefined; igf?: BlockOptions['igf'] };

const bulletReference = 'outcome-bullets';
// A4 in twentieths of a point, with 20 mm margins, as the print layout uses.
const a4 = { width: 11906, height: 16838 };
const margin = 1134;
// The text block is 170 mm wide, 60 mm is the tallest the timeline may be: at 96 pixels an inch.
const maxImageWidth = Math.round((170 / 25.4) * 96);
const maxImageHeight = Math.round((60 / 25.4) * 96);
// A full-width picture may take the whole text block's height (257 mm), less its caption.
const maxFullWidthHeight = Math.round((247 / 25.4) * 96);

export async function renderDocx(document: OutcomeDocument, labels: OutcomeLabels, options: DocxOptions = {}): Promise<Uint8Array> {
  const blocks = outcomeBlocks(document, labels, { withRoadmapImage: options.roadmapImage !== undefined, imageCaption: options.imageCaption, hackathon: options.hackathon, followUp: options.followUp, insights: options.insights, layout: options.layout, igf: options.igf });
  return renderBlocksDocx(blocks, labels, options);
}

/** Any list of blocks as a Word file in the report's style (a programme's one-page summary too). */
export async function renderBlocksDocx(blocks: readonly OutcomeBlock[], labels: Pick<OutcomeLabels, 'direction'>, options: DocxOptions = {}): Promise<Uint8Array> {
  const rtl = labels.direction === 'rtl';
  const title = blocks.find((block) => block.type === 'title');
  const file = new Document({
    title: title?.type === 'title' ? title.text : '',
    creator: 'Baraza',
    styles: { default: { document: { run: { size: 22, font: 'Calibri' } } } },
    numbering: {
      config: [
        {
          reference: bulletReference,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: a4, margin: { top: margin, right: margin, bottom: margin, left: margin } } },
        children: [...blocks.flatMap((block) => blockChildren(block, rtl, options)), ...(options.appendix ? appendixChildren(options.appendix, rtl) : [])],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

function run(text: string, rtl: boolean, bold = false): TextRun {
  return new TextRun({ text, bold, rightToLeft: rtl });
}

function blockChildren(block: OutcomeBlock, rtl: boolean, options: DocxOptions): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: rtl, children: [run(block.text, rtl)] })];
    case 'field':
      return [new Paragraph({ bidirectional: rtl, children: [run(`${block.label}: `, rtl, true), run(block.value, rtl)] })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: rtl, children: [run(block.text, rtl)] })];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ numbering: { reference: bulletReference, level: 0 }, bidirectional: rtl, spacing: { after: 60 }, children: [run(item, rtl)] }),
      );
    case 'paragraph':
      return [new Paragraph({ bidirectional: rtl, children: [run(block.text, rtl)] })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, bidirectional: rtl, children: [run(block.text, rtl)] })];
    case 'grid':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, bidirectional: rtl, children: [run(block.caption, rtl)] }), gridTable(block, rtl)];
    case 'table':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, bidirectional: rtl, children: [run(block.caption, rtl)] }), participationTable(block, rtl)];
    case 'image':
      return options.roadmapImage
        ? [imageParagraph(options.roadmapImage, block.caption, block.annex === true), new Paragraph({ bidirectional: rtl, children: [new TextRun({ text: block.caption, italics: true, size: 18, rightToLeft: rtl })] })]
        : [];
  }
}

function appendixChildren(appendix: DocxAppendix, rtl: boolean): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: rtl, children: [run(appendix.heading, rtl)] })];
  const { table } = appendix;
  // An empty table would only confuse a reader, so the caption goes too when there are no rows.
  if (table && table.rows.length > 0) {
    const cell = (text: string, bold: boolean): TableCell => new TableCell({ children: [new Paragraph({ bidirectional: rtl, children: [run(text, rtl, bold)] })] });
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_3, bidirectional: rtl, children: [run(table.caption, rtl)] }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        visuallyRightToLeft: rtl,
        rows: [
          new TableRow({ tableHeader: true, children: table.header.map((text) => cell(text, true)) }),
          ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) })),
        ],
      }),
    );
  }
  for (const section of appendix.sections ?? []) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, bidirectional: rtl, children: [run(section.heading, rtl)] }));
    for (const field of section.fields) {
      children.push(new Paragraph({ bidirectional: rtl, children: [run(`${field.label}: `, rtl, true), run(field.value, rtl)] }));
    }
  }
  return children;
}

function participationTable(block: Extract<OutcomeBlock, { type: 'table' }>, rtl: boolean): Table {
  const cell = (text: string, bold: boolean, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.START): TableCell =>
    new TableCell({ children: [new Paragraph({ alignment, bidirectional: rtl, children: [run(text, rtl, bold)] })] });
  const header = new TableRow({ tableHeader: true, children: [cell(block.header[0], true), cell(block.header[1], true, AlignmentType.END)] });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [cell(row.label, row.group === true), cell(row.count === null ? '' : String(row.count), row.group === true, AlignmentType.END)],
      }),
  );
  return new Table({ width: { size: 60, type: WidthType.PERCENTAGE }, visuallyRightToLeft: rtl, rows: [header, ...rows] });
}

/** A table of several columns; its header row repeats on each page it runs onto. */
function gridTable(block: Extract<OutcomeBlock, { type: 'grid' }>, rtl: boolean): Table {
  // Compact: 9 pt, as the print page draws it.
  const size = block.compact ? 18 : undefined;
  const cell = (text: string, index: number, bold: boolean): TableCell =>
    new TableCell({
      children: [new Paragraph({ alignment: block.numeric[index] ? AlignmentType.END : AlignmentType.START, bidirectional: rtl, children: [new TextRun({ text, bold, rightToLeft: rtl, ...(size ? { size } : {}) })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((text, index) => cell(text, index, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, index, false)) })),
    ],
  });
}

function imageParagraph(image: DocxImage, alt: string, annex: boolean): Paragraph {
  const maxHeight = image.fullWidth ? maxFullWidthHeight : maxImageHeight;
  const scale = Math.min(1, maxImageWidth / Math.max(1, image.width), maxHeight / Math.max(1, image.height));
  return new Paragraph({
    pageBreakBefore: annex,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) },
        altText: { name: 'roadmap', description: alt, title: alt },
      }),
    ],
  });
}
