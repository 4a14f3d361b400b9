/**
 * The PDF's font: DejaVu Sans as an embedded TrueType font (Identity-H), because the 14 built-in
 * PDF fonts cannot encode Ş, ł, ọ or ầ. The files are bundled as same-origin assets (`?url`) and
 * fetched, which the built page's policy allows (connect-src 'self'); only this lazily loaded
 * chunk knows them, so the app's start never pays for them. jsPDF subsets what is used.
 */
import type { jsPDF } from 'jspdf';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import obliqueUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';

import { installFontCache } from './fontCache';
import { PDF_FONT } from './fontFamily';

export { PDF_FONT };

export type FontFace = 'normal' | 'bold' | 'italic';

const FILES: Record<FontFace, { url: string; vfs: string }> = {
  normal: { url: regularUrl, vfs: 'DejaVuSans.ttf' },
  bold: { url: boldUrl, vfs: 'DejaVuSans-Bold.ttf' },
  italic: { url: obliqueUrl, vfs: 'DejaVuSans-Oblique.ttf' },
};

/** Fetched once per page load: a second export only pays for embedding. */
const loaded = new Map<FontFace, Promise<string>>();

function binary(face: FontFace): Promise<string> {
  let file = loaded.get(face);
  if (!file) {
    file = fetch(FILES[face].url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${FILES[face].vfs}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then(toBinaryString);
    // A failed fetch is not cached: the next export tries again.
    file.catch(() => loaded.delete(face));
    loaded.set(face, file);
  }
  return file;
}

/** jsPDF's virtual file system takes a "binary string": one char per byte. */
function toBinaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Registers only the faces asked for (the netwerkkaart's ring names are the only italics). */
export async function registerFonts(pdf: jsPDF, faces: readonly FontFace[]): Promise<void> {
  installFontCache();
  const files = await Promise.all(faces.map(binary));
  faces.forEach((face, i) => {
    pdf.addFileToVFS(FILES[face].vfs, files[i]!);
    pdf.addFont(FILES[face].vfs, PDF_FONT, face, 'Identity-H');
  });
  pdf.setFont(PDF_FONT, 'normal');
}
