import { scriptSamples } from '../../i18n/scripts';

/**
 * Which scripts of a text this device has no font for. Chromium draws a character no font has as
 * the same empty box (the font's .notdef glyph) whatever the character, so a character whose
 * pixels equal those of an unassigned code point has no font here. The PDF is printed by the same
 * engine, so it would print boxes where this says a script is missing. document.fonts.check()
 * cannot tell: for system fonts it answers true whether or not a glyph exists.
 */
const unassigned = '\u0378';
const size = 28;

type Canvas = { context: CanvasRenderingContext2D; width: number; height: number };

function canvasFor(fontFamily: string): Canvas | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = size * 2;
  canvas.height = size * 2;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.font = `${size}px ${fontFamily}`;
  context.textBaseline = 'middle';
  return { context, width: canvas.width, height: canvas.height };
}

/** The character's drawn pixels and advance, as one comparable string. */
function print({ context, width, height }: Canvas, character: string): string {
  context.clearRect(0, 0, width, height);
  context.fillText(character, size / 2, size);
  const pixels = context.getImageData(0, 0, width, height).data;
  let hash = 2166136261;
  for (let index = 3; index < pixels.length; index += 4) hash = Math.imul(hash ^ (pixels[index] as number), 16777619) >>> 0;
  return `${context.measureText(character).width}|${hash}`;
}

/** Script codes (ISO 15924) used in the text that would print as boxes on this device. */
export function scriptsWithoutFont(text: string, fontFamily = getComputedStyle(document.body).fontFamily): string[] {
  const samples = scriptSamples(text);
  if (samples.size === 0) return [];
  const canvas = canvasFor(fontFamily);
  if (!canvas) return [];
  const box = print(canvas, unassigned);
  return [...samples].filter(([, characters]) => characters.some((character) => print(canvas, character) === box)).map(([code]) => code);
}
