/**
 * "Exporteren als SVG" and "Exporteren als PNG": drawMap's SVG as a file, or rasterised in the
 * page at twice its size for sharpness (an <img> of a blob URL on a canvas: the built page's
 * policy allows blob: images, and nothing leaves the device).
 */
import { mapSvg } from '../draw/map';
import type { CaseDocument, ViewName } from '../graph/schema';
import type { Positions } from '../layout/types';
import { mapInput } from './mapInput';

export const PNG_SCALE = 2;
const MAX_SIDE = 16_384;
const MAX_PIXELS = 120_000_000;

/** `genogramTies`: the genogram with its emotional ties (the dialog's "Banden tonen in het genogram"). */
export function mapSvgBlob(doc: CaseDocument, view: ViewName, genogram: Positions | undefined, genogramTies = false): Blob {
  return new Blob([mapSvg(mapInput(doc, view, genogram, genogramTies))], { type: 'image/svg+xml' });
}

export async function mapPngBlob(doc: CaseDocument, view: ViewName, genogram: Positions | undefined, genogramTies = false): Promise<Blob> {
  const svg = mapSvgBlob(doc, view, genogram, genogramTies);
  const url = URL.createObjectURL(svg);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    // 2x, unless that exceeds what a browser canvas holds (a 1000-person map): then as large as it may be.
    const w = img.naturalWidth;
    const h = img.naturalHeight;
    const scale = Math.min(PNG_SCALE, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h)));
    canvas.width = Math.max(1, Math.floor(w * scale));
    canvas.height = Math.max(1, Math.floor(h * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
