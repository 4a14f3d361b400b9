/** Pure read-only questions about a case; none of them changes the document. */
export { parentsOf, childrenOf, partnersOf, siblingsOf, currentPartner } from './family';
export type { ParentLink, PartnerLink, SiblingKind, SiblingLink } from './family';
export { generations } from './generations';
export { focusPerson, household } from './household';
export { needCoverage, openNeeds, offerLoad, isOverloaded, OVERLOAD_THRESHOLD } from './coverage';
export type { NeedCoverage } from './coverage';
export { consentFor, visibleTo } from './consent';
export type { ViewAs } from './consent';
export { momentsVisibleTo } from './momentsVisibleTo';
export type { MomentsForMember } from './momentsVisibleTo';
export { scopeForExport, initialsOf } from './recipient';
export type { ExportScope, ScopedCase } from './recipient';
