/**
 * Step 3: the map itself is drawn on the canvas; this pane adds what each person can offer,
 * which needs that covers, who is still missing (Family Finding), and whose perspective
 * named whom.
 */
import { CoveragePanel } from './CoveragePanel';
import { FamilyFinding } from './FamilyFinding';
import { PersonOffers } from './PersonOffers';
import { PerspectiveFilter } from './PerspectiveFilter';

export function NetworkStep() {
  return (
    <>
      <PersonOffers />
      <CoveragePanel />
      <FamilyFinding />
      <PerspectiveFilter />
    </>
  );
}
