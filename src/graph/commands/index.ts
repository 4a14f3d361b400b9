/** Every editing command: pure `(doc, args) => doc`, the same doc object when nothing changes. */
export type { Patch, UpdateArgs } from './records';
export { addPerson, updatePerson, removePerson } from './people';
export { addRelation, updateRelation, removeRelation, relationProblem, type RelationProblem } from './relations';
export { addNeed, updateNeed, removeNeed } from './needs';
export { addOffer, updateOffer, removeOffer } from './offers';
export { addStrength, updateStrength, removeStrength } from './strengths';
export { addTopic, updateTopic, removeTopic } from './topics';
export { setConsent, removeConsent } from './consents';
export { addAgreement, updateAgreement, removeAgreement } from './agreements';
export { addMeeting, updateMeeting, removeMeeting } from './meetings';
export { setStepStatus, setStepNotes, setFamilyView } from './steps';
export { setPositions, clearLayout } from './layout';
export { updateCaseInfo } from './caseInfo';
export { takeSnapshot, removeSnapshot, caseData } from './snapshots';
export { addRelative, connectRelation, newPerson, relativePlace } from './relatives';
export type { AddRelativeArgs, ConnectKind, RelativeKind } from './relatives';
export { dropOnNetwerkkaart } from './netwerkkaart';
export type { CellMove } from './netwerkkaart';
