/** Why a relation cannot be added or changed (relationProblem in src/graph/commands/relations.ts), in Dutch. */
import type { RelationProblem } from '../graph/commands/relations';
import { quoteText } from './found';

export function describeRelationProblem(p: RelationProblem): string {
  switch (p.code) {
    case 'no-such-person':
      return `Er is geen persoon met id ${JSON.stringify(p.params.id)}.`;
    case 'self-relation':
      return 'Een relatie van iemand met zichzelf kan niet.';
    case 'already-parent':
      return `${quoteText(p.params.parent)} staat al als ouder van ${quoteText(p.params.child)}.`;
    case 'already-partners':
      return `${quoteText(p.params.a)} en ${quoteText(p.params.b)} zijn al partners.`;
    case 'already-siblings':
      return `${quoteText(p.params.a)} en ${quoteText(p.params.b)} staan al als broers/zussen.`;
    case 'parent-is-descendant':
      return `${quoteText(p.params.parent)} is een nakomeling van ${quoteText(p.params.child)} en kan dus geen ouder zijn.`;
  }
}
