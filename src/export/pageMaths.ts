/**
 * Where the map goes on paper: pure numbers, no jsPDF, so every rule is unit-tested. Units are
 * PDF points (1/72 inch); the drawing's units are drawMap's pixels.
 *
 * A map that fits one page with its names at MIN_NAME_PT or more is printed on one page. A
 * larger one is printed as an overview (the whole map, with the tiles' numbered outlines) plus
 * numbered tiles at a scale where names are readable, each overlapping its neighbours a little
 * so no name is lost on a seam. jsPDF silently caps a page at 14,400 units: no page here is ever
 * larger than A3, and pageSize refuses anything over the cap rather than letting it be cut off.
 */

export type Paper = 'a4' | 'a3';
export type Orientation = 'landscape' | 'portrait';

export interface Size {
  width: number;
  height: number;
}
export interface Box extends Size {
  x: number;
  y: number;
}

/** jsPDF's largest page side, in user units (points here). */
export const JSPDF_MAX_UNITS = 14_400;
/** Below this a printed name is hard to read. */
export const MIN_NAME_PT = 6;
/** The tiles overlap by this share of a tile, at least TILE_OVERLAP_MIN_PT. */
export const TILE_OVERLAP = 0.08;
export const TILE_OVERLAP_MIN_PT = 24;
export const MARGIN_PT = 28;
export const HEADER_PT = 40;
export const FOOTER_PT = 18;

const PAPER_PT: Record<Paper, Size> = {
  a4: { width: 595.28, height: 841.89 },
  a3: { width: 841.89, height: 1190.55 },
};

export function pageSize(paper: Paper, orientation: Orientation): Size {
  const { width, height } = PAPER_PT[paper];
  const size = orientation === 'portrait' ? { width, height } : { width: height, height: width };
  if (size.width > JSPDF_MAX_UNITS || size.height > JSPDF_MAX_UNITS) throw new Error('page over the jsPDF cap');
  return size;
}

/** The part of a page below the header and above the footer, inside the margins. */
export function contentArea(page: Size): Box {
  return {
    x: MARGIN_PT,
    y: MARGIN_PT + HEADER_PT,
    width: page.width - 2 * MARGIN_PT,
    height: page.height - 2 * MARGIN_PT - HEADER_PT - FOOTER_PT,
  };
}

/** The largest scale at which `content` fits in `area`. */
export function fitScale(content: Size, area: Size): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  return Math.min(area.width / content.width, area.height / content.height);
}

/** `content` scaled by `scale` and centred in `area`. */
export function centred(content: Size, area: Box, scale: number): Box {
  const width = content.width * scale;
  const height = content.height * scale;
  return { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
}

/**
 * The page's content area shared between the map and its legend: a column on the right on a
 * landscape page, a band at the bottom on a portrait one. The legend never takes more than
 * `maxShare` of the area and is shrunk (never enlarged) to fit.
 */
export function splitForLegend(area: Box, legend: Size, orientation: Orientation, maxShare = 0.3): { map: Box; legend: Box; legendScale: number } {
  const gap = 12;
  if (orientation === 'landscape') {
    const scale = Math.min(1, (area.width * maxShare) / legend.width, area.height / legend.height);
    const w = legend.width * scale;
    return {
      map: { ...area, width: area.width - w - gap },
      legend: { x: area.x + area.width - w, y: area.y, width: w, height: legend.height * scale },
      legendScale: scale,
    };
  }
  const scale = Math.min(1, (area.height * maxShare) / legend.height, area.width / legend.width);
  const h = legend.height * scale;
  return {
    map: { ...area, height: area.height - h - gap },
    legend: { x: area.x, y: area.y + area.height - h, width: legend.width * scale, height: h },
    legendScale: scale,
  };
}

export interface Tile {
  /** 1-based number, printed on the tile and in the overview. */
  number: number;
  row: number;
  column: number;
  /** The part of the drawing this tile shows, in drawing units. */
  source: Box;
}

export interface MapPlan {
  /** Scale of the overview (or the only page). */
  scale: number;
  /** Empty when the whole map is readable on one page. */
  tiles: Tile[];
  rows: number;
  columns: number;
  /** Scale of every tile. */
  tileScale: number;
}

/**
 * One page, or an overview plus tiles. `nameSize` is the drawing's font size of a name, so
 * `nameSize * scale` is the printed size in points. The overview shares its page with the
 * legend (`area`); a tile has a page of its own (`tileArea`, which may be larger).
 */
export function planMap(drawing: Box, area: Size, tileArea: Size, nameSize: number): MapPlan {
  const scale = fitScale(drawing, area);
  if (nameSize * scale >= MIN_NAME_PT) return { scale, tiles: [], rows: 1, columns: 1, tileScale: scale };
  const tileScale = MIN_NAME_PT / nameSize;
  const fitsOneTile = drawing.width * tileScale <= tileArea.width && drawing.height * tileScale <= tileArea.height;
  if (fitsOneTile) {
    // Readable on a page of its own: the overview plus that one page.
    return { scale, tiles: [{ number: 1, row: 0, column: 0, source: { ...drawing } }], rows: 1, columns: 1, tileScale: fitScale(drawing, tileArea) };
  }
  // What one tile shows of the drawing, and how much of it the next tile shows again.
  const view = { width: tileArea.width / tileScale, height: tileArea.height / tileScale };
  const overlapX = Math.max(view.width * TILE_OVERLAP, TILE_OVERLAP_MIN_PT / tileScale);
  const overlapY = Math.max(view.height * TILE_OVERLAP, TILE_OVERLAP_MIN_PT / tileScale);
  const columns = countTiles(drawing.width, view.width, overlapX);
  const rows = countTiles(drawing.height, view.height, overlapY);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        number: tiles.length + 1,
        row,
        column,
        source: {
          x: drawing.x + start(column, columns, drawing.width, view.width),
          y: drawing.y + start(row, rows, drawing.height, view.height),
          width: Math.min(view.width, drawing.width),
          height: Math.min(view.height, drawing.height),
        },
      });
    }
  }
  return { scale, tiles, rows, columns, tileScale };
}

/** Tiles of `view` needed to cover `length` with at least `overlap` shared between neighbours. */
function countTiles(length: number, view: number, overlap: number): number {
  if (length <= view) return 1;
  return Math.ceil((length - overlap) / (view - overlap));
}

/**
 * Where tile `i` of `n` starts: spread evenly so the first starts at 0 and the last ends at the
 * drawing's edge; the overlap is then at least the one asked for, never less.
 */
function start(i: number, n: number, length: number, view: number): number {
  if (n <= 1) return 0;
  return (i * (length - view)) / (n - 1);
}
