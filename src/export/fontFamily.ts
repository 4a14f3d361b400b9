/** The embedded font's family in jsPDF, the same name drawMap's SVG asks for (render.ts svgDocument). */
export const PDF_FONT = 'DejaVu Sans';
