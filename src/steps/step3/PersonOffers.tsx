/**
 * What one person can offer. The person is the one selected on the map (or chosen here, which
 * selects them on the map), so the professional can click a node and tag it at once.
 */
import { addOffer } from '../../graph/commands';
import { ID_PREFIX, newId } from '../../graph/ids';
import type { SupportCategory } from '../../graph/schema';
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { AddOfferForm } from './AddOfferForm';
import { useDoc, useRun, useSetSession } from '../ui/hooks';
import { supportTypeOf } from '../../graph/support';
import { PersonSelect } from '../ui/PersonSelect';
import { NamedBy } from './NamedBy';
import { OfferItem } from './OfferItem';
import { displayName } from '../../i18n/names';

export function PersonOffers() {
  const doc = useDoc();
  const run = useRun();
  const setSession = useSetSession();
  const selection = useAppStore((s) => s.session.selection);
  const personId = selection?.kind === 'person' ? selection.id : '';
  const person = doc.people.find((p) => p.id === personId);
  const offers = person ? doc.offers.filter((o) => o.by === person.id) : [];

  const add = (text: string, category: SupportCategory, needIds: string[]) => {
    if (!person) return;
    run(addOffer, { id: newId(ID_PREFIX.offer), by: person.id, type: supportTypeOf(category), category, text, ...(needIds.length > 0 ? { needIds } : {}) });
  };

  return (
    <section className="st-section" aria-labelledby="st3-offers">
      <h3 id="st3-offers">{t.offers.heading}</h3>
      <PersonSelect
        id="st3-person"
        label={t.offers.person}
        hint={t.offers.orClickMap}
        noneLabel={t.offers.choosePerson}
        people={doc.people.filter((p) => !p.deceased || p.id === personId)}
        value={person ? person.id : ''}
        onChange={(id) => setSession({ selection: id ? { kind: 'person', id } : null })}
      />
      {person && (
        <>
          <NamedBy person={person} />
          {offers.length === 0 ? (
            <p className="st-empty">{t.offers.none}</p>
          ) : (
            <ul className="st-list" aria-label={t.offers.listOf(displayName(person))}>
              {offers.map((o) => (
                <OfferItem key={o.id} offer={o} />
              ))}
            </ul>
          )}
          <AddOfferForm key={person.id} doc={doc} personName={displayName(person)} onAdd={add} />
        </>
      )}
    </section>
  );
}
