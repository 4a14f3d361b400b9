/** How a message shows a value found in a file: quoted and cut, or said in words ("een lijst van 3"). */
import { QUOTE_MAX, clip, quoteText, type Found } from '../graph/paths';

export { quoteText };

export function quoteFound(found: Found): string {
  switch (found.type) {
    case 'text':
      return quoteText(found.text);
    case 'number':
      if (Number.isFinite(found.value)) return String(found.value);
      return found.value > 0 ? 'een oneindig groot getal' : 'een oneindig klein getal';
    case 'boolean':
      return String(found.value);
    case 'list':
      return found.length === 0 ? '[]' : `een lijst van ${found.length}`;
    case 'object':
      return 'een object';
    case 'null':
      return 'een lege waarde';
    case 'nothing':
      return 'niets';
    case 'other': {
      const chars = Array.from(clip(found.text));
      return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : found.text;
    }
  }
}
