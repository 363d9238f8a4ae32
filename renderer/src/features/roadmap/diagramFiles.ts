import { downloadBytes } from '../exchange/download';

/**
 * Saving a rendered diagram. SVG is Mermaid's output as it stands; PNG is that SVG drawn on a
 * canvas at twice its size, so it stays sharp on a projector slide or in a Word report. Mermaid
 * runs with `htmlLabels` off for timelines, so the SVG has no foreignObject that would taint
 * the canvas.
 */
export function saveSvg(svg: string, fileName: string): void {
  downloadBytes(new TextEncoder().encode(svg), fileName, 'image/svg+xml');
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width || 800, height: rect.height || 400 };
}

export async function svgToPng(svgElement: SVGSVGElement, scale = 2): Promise<Uint8Array> {
  const { width, height } = svgSize(svgElement);
  const copy = svgElement.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no png');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function savePng(svgElement: SVGSVGElement, fileName: string): Promise<void> {
  downloadBytes(await svgToPng(svgElement), fileName, 'image/png');
}
