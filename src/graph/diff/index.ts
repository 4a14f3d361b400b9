export { diffCase, isEmptyDiff, consentKey, type CaseDiff, type CaseDiffKind, type StepEntry } from './diffCase';
export { diffRecords, isEmptyRecordDiff, type RecordDiff } from './records';
export { changeFacts, type ChangeFacts, type ConsentChange, type CoveredNeed, type Move, type TieChange } from './facts';
export { familySummary, informalShare, offerShare, openNeedCount, type FamilySummary, type OfferShare } from './summary';
export { trend, trendPoint, type Moment, type TrendPoint } from './trend';
