/**
 * An SVG drawing as PNG bytes, for the export that cannot hold SVG alone (the Word file's
 * picture). Everything stays on this machine: the SVG string becomes a Blob URL, is drawn on a
 * canvas, and the canvas is encoded as PNG.
 */
export type DiagramPicture = { png: Uint8Array; width: number; height: number };

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the diagram could not be drawn as a picture'));
    image.src = url;
  });
}

/** An SVG drawing with a known pixel size (as the report's roadmap picture) as PNG bytes. */
export async function svgPng(svg: string, width: number, height: number): Promise<DiagramPicture> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    // Opaque: the PNG is written as RGB, a tenth smaller than RGBA, so Word's file packs it faster.
    const context = canvas.getContext('2d', { alpha: false });
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
