/** One line that says what a relation is, in plain Dutch, for lists and headings. */
import type { CaseDocument, Relation } from '../../graph/schema';
import { editor } from '../../i18n/editor';
import { flowLabels, parentTypeLabels, partnerStatusLabels, tieQualityLabels } from '../../i18n/labels';
import { displayName } from '../../i18n/names';
import { personById } from './names';

export function describeRelation(doc: CaseDocument, relation: Relation): string {
  const a = displayName(personById(doc, relation.from));
  const b = displayName(personById(doc, relation.to));
  const d = editor.relations.describe;
  switch (relation.kind) {
    case 'partner':
      return d.partner(a, b, partnerStatusLabels[relation.status]);
    case 'parent':
      return d.parent(a, b, parentTypeLabels[relation.type]);
    case 'sibling':
      return d.sibling(a, b);
    case 'tie':
      return d.tie(a, b, tieQualityLabels[relation.quality], flowLabels[relation.flow]);
  }
}
