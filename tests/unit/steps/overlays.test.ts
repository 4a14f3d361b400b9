import { describe, expect, it } from 'vitest';
import { addAgreement, addNeed, addOffer, addTopic, setConsent } from '../../../src/graph/commands';
import type { CaseDocument } from '../../../src/graph/schema';
import { supportTypeOf } from '../../../src/graph/support';
import { computeOverlays, type OverlaySession } from '../../../src/steps/overlays';
import { smallCase } from './fixture';

const session = (patch: Partial<OverlaySession>): OverlaySession => ({
  step: '3',
  topicId: null,
  viewAsPersonId: null,
  perspective: 'all',
  ...patch,
});

function withOffers(doc: CaseDocument, by: string, n: number, category: 'practical' | 'advice' = 'practical') {
  let next = doc;
  for (let i = 0; i < n; i++) {
    next = addOffer(next, {
      id: `o-${by}-${category}-${i}`,
      by,
      type: supportTypeOf(category),
      category,
      text: `hulp ${i}`,
    });
  }
  return next;
}

describe('computeOverlays', () => {
  it('step 3: support letters per person, in category order, and no entry for people without marks', () => {
    let doc = withOffers(smallCase(), 'ans', 1, 'advice');
    doc = withOffers(doc, 'ans', 1, 'practical');
    const overlays = computeOverlays(doc, session({ step: '3' }));
    expect(overlays.get('ans')?.support).toEqual(['advice', 'practical']);
    expect(overlays.get('ans')?.description).toContain('advies');
    expect(overlays.has('henk')).toBe(false);
  });

  it('step 2: each family member shows the letters of their needs; step 3: the needs nobody helps with yet', () => {
    let doc = addNeed(smallCase(), { id: 'n1', of: 'sam', type: 'social-emotional', category: 'emotional', text: 'praten' });
    doc = addNeed(doc, { id: 'n2', of: 'sam', type: 'practical', category: 'practical', text: 'vervoer' });
    doc = addNeed(doc, { id: 'n3', of: 'linda', type: 'practical', text: 'oppas' });
    const two = computeOverlays(doc, session({ step: '2' }));
    expect(two.get('sam')?.needs).toEqual(['emotional', 'practical']);
    expect(two.get('linda')?.needs).toEqual(['practical']);
    expect(two.get('sam')?.description).toBe('heeft behoefte aan: emotioneel, praktisch');
    expect(two.get('sam')?.openNeeds).toBeUndefined();
    doc = addOffer(doc, { id: 'o1', by: 'ans', type: 'practical', category: 'practical', text: 'rijdt', needIds: ['n2'] });
    const three = computeOverlays(doc, session({ step: '3' }));
    expect(three.get('sam')?.openNeeds).toBe('nog niemand: 1');
    expect(three.get('sam')?.description).toBe('1 behoefte waar nog niemand bij helpt');
    expect(three.get('linda')?.openNeeds).toBe('nog niemand: 1');
    expect(three.get('sam')?.needs).toBeUndefined();
    doc = addOffer(doc, { id: 'o2', by: 'ans', type: 'social-emotional', text: 'luistert', needIds: ['n1'] });
    expect(computeOverlays(doc, session({ step: '3' })).get('sam')?.openNeeds).toBeUndefined();
  });

  it('step 3: an offer without category counts by its type', () => {
    const doc = addOffer(smallCase(), { id: 'o1', by: 'daan', type: 'social-emotional', text: 'luisteren' });
    expect(computeOverlays(doc, session({ step: '3' })).get('daan')?.support).toEqual(['emotional']);
  });

  it('step 3: a person with many offers is flagged overloaded, one with few is not', () => {
    let doc = withOffers(smallCase(), 'ans', 4);
    doc = withOffers(doc, 'henk', 1);
    const overlays = computeOverlays(doc, session({ step: '3' }));
    expect(overlays.get('ans')?.overloaded).toBe(true);
    expect(overlays.get('henk')?.overloaded).toBe(false);
  });

  it('other steps do not show the support letters', () => {
    const doc = withOffers(smallCase(), 'ans', 4);
    expect(computeOverlays(doc, session({ step: '2' })).size).toBe(0);
    expect(computeOverlays(doc, session({ step: '5' })).get('ans')?.support ?? []).toEqual([]);
  });

  it('step 3: the perspective filter dims people not named by that side, never the family itself', () => {
    const doc = smallCase();
    const youth = computeOverlays(doc, session({ step: '3', perspective: 'youth' }));
    expect(youth.get('henk')?.dimmed).toBe(true); // named by parents only
    expect(youth.get('daan')?.dimmed).toBe(true); // named by nobody
    expect(youth.get('ans')).toBeUndefined(); // named by the young person: not dimmed
    expect(youth.get('mark')).toBeUndefined(); // a parent of the focus person belongs to the family
    expect(youth.get('sam')).toBeUndefined();
    const parents = computeOverlays(doc, session({ step: '3', perspective: 'parents' }));
    expect(parents.get('ans')?.dimmed).toBe(true);
    expect(parents.get('henk')).toBeUndefined();
    expect(computeOverlays(doc, session({ step: '4', perspective: 'youth' })).size).toBe(0);
  });

  it('step 5: a selected topic marks the network members who have a decision, and nobody else', () => {
    let doc = addTopic(smallCase(), { id: 't1', label: 'Diagnose ADHD' });
    doc = setConsent(doc, { personId: 'ans', topicId: 't1', decision: 'may-know' });
    doc = setConsent(doc, { personId: 'henk', topicId: 't1', decision: 'may-not-know' });
    const overlays = computeOverlays(doc, session({ step: '5', topicId: 't1' }));
    expect(overlays.get('ans')?.consent).toBe('may-know');
    expect(overlays.get('ans')?.description).toBe('mag weten: Diagnose ADHD');
    expect(overlays.get('henk')?.consent).toBe('may-not-know');
    // Not asked yet: no mark (the pane counts them), and an explicit "undecided" neither.
    expect(overlays.get('daan')).toBeUndefined();
    const asked = setConsent(doc, { personId: 'daan', topicId: 't1', decision: 'undecided', decidedBy: 'youth' });
    expect(computeOverlays(asked, session({ step: '5', topicId: 't1' })).get('daan')).toBeUndefined();
    expect(overlays.get('sam')).toBeUndefined(); // it is Sam's own story
    expect(computeOverlays(doc, session({ step: '5' })).size).toBe(0);
  });

  it('step 5 "bekijk als": only the viewer keeps a mark, and a topic they may not know marks nobody', () => {
    let doc = addTopic(smallCase(), { id: 't1', label: 'Diagnose' });
    doc = addTopic(doc, { id: 't2', label: 'Schulden' });
    doc = setConsent(doc, { personId: 'ans', topicId: 't1', decision: 'may-know' });
    doc = setConsent(doc, { personId: 'henk', topicId: 't1', decision: 'may-know' });
    const asAns = computeOverlays(doc, session({ step: '5', topicId: 't1', viewAsPersonId: 'ans' }));
    expect(asAns.get('ans')?.consent).toBe('may-know');
    expect(asAns.get('henk')?.consent).toBeUndefined(); // Henk's decision is not Ans's business
    const hidden = computeOverlays(doc, session({ step: '5', topicId: 't2', viewAsPersonId: 'ans' }));
    expect([...hidden.values()].some((o) => o.consent !== undefined)).toBe(false);
  });

  it('step 6: agreement tags A1, A2 on every person involved', () => {
    let doc = addAgreement(smallCase(), { id: 'a1', with: ['ans', 'linda'], frequency: 'weekly', channel: 'whatsapp', content: 'x' });
    doc = addAgreement(doc, { id: 'a2', with: ['ans'], frequency: 'monthly', channel: 'phone', content: 'y' });
    const overlays = computeOverlays(doc, session({ step: '6' }));
    expect(overlays.get('ans')?.agreements).toEqual(['A1', 'A2']);
    expect(overlays.get('linda')?.agreements).toEqual(['A1']);
    expect(overlays.get('henk')).toBeUndefined();
    expect(computeOverlays(doc, session({ step: '3' })).get('ans')).toBeUndefined();
  });
});
