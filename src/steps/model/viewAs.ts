/**
 * "Bekijk als ...": which people on the map are hidden from one network member's view.
 */
import type { CaseDocument } from '../../graph/schema';

export function hiddenInViewAs(doc: CaseDocument, viewerId: string): Set<string> {
  void doc;
  void viewerId;
  return new Set();
}
