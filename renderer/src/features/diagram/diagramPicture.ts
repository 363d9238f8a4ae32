import { renderMermaid } from './renderMermaid';

/**
 * A Mermaid diagram as PNG bytes, for the exports that cannot hold SVG (DOCX pictures) or that
 * should look the same in every viewer (the HTML print page). Everything stays on this machine:
 * the SVG string becomes a Blob URL, is drawn on a canvas, and the canvas is encoded as PNG.
 */
export type DiagramPicture = { png: Uint8Array; width: number; height: number };

/** Mermaid sizes its SVG with a viewBox and width="100%"; an Image needs pixel sizes to draw it. */
function sized(svg: string, widthPx: number): { svg: string; width: number; height: number } {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') throw new Error('the diagram is not an SVG');
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [, , boxWidth = 0, boxHeight = 0] = box;
  const ratio = boxWidth > 0 && boxHeight > 0 ? boxHeight / boxWidth : 0.25;
  const width = Math.round(widthPx);
  const height = Math.max(1, Math.round(width * ratio));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  // Mermaid's max-width style would otherwise shrink the drawing inside the canvas.
  root.removeAttribute('style');
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the diagram could not be drawn as a picture'));
    image.src = url;
  });
}

export async function diagramPng(source: string, widthPx = 1200): Promise<DiagramPicture> {
  const { svg, width, height } = sized(await renderMermaid(source), widthPx);
  return svgPng(svg, width, height);
}

/** An SVG drawing with a known pixel size (as the report's roadmap picture) as PNG bytes. */
export async function svgPng(svg: string, width: number, height: number): Promise<DiagramPicture> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    // White behind the drawing: PNG transparency shows as black in some Word viewers.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the diagram could not be encoded as PNG');
    return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
