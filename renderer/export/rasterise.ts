// SVG → PNG in the renderer: the browser's own image decoder draws the SVG onto a canvas. The
// picture comes from the document model (shared/export/svg.ts), not a DOM snapshot, so the whole
// design exports whatever the viewport shows, and large designs do not clone thousands of nodes.

/** Chrome refuses canvases beyond 16,384 px a side or about 268 million pixels. */
const MAX_SIDE = 16_384;
const MAX_AREA = 268_000_000;

export function fittingScale(width: number, height: number, wanted: number): number {
  const bySide = Math.min(MAX_SIDE / width, MAX_SIDE / height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.1, Math.min(wanted, bySide, byArea));
}

export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large to encode'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
