/** The family name drawMap's SVG asks for (render.ts svgDocument), so svg2pdf.js finds the embedded font. */
export const PDF_FONT = 'DejaVu Sans';
