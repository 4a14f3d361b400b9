/**
 * Sizes shared by layout, drawing and canvas, so that what ELK reserves is what is drawn.
 * A genogram "slot" is wider than the symbol to leave room for the name under it.
 */
export const SYMBOL_SIZE = 40;
export const SLOT_WIDTH = 56;
export const PARTNER_GAP = 28;
export const GENERATION_GAP = 200;
/** Touch targets must be at least 44 px (WCAG 2.5.5). */
export const MIN_TARGET = 44;
