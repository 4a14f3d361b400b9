/**
 * One offer, with the needs it covers. The checkboxes that link it to needs open on request:
 * with many needs, a list of them under every offer would bury the pane.
 */
import { removeOffer, updateOffer } from '../../graph/commands';
import type { Offer } from '../../graph/schema';
import { supportCategoryLetters } from '../../i18n/labels';
import { t } from '../../i18n/steps';
import { personName } from '../model/familyMembers';
import { DisclosureButton, useDisclosure } from '../ui/Disclosure';
import { useDoc, useRun } from '../ui/hooks';
import { SupportRow } from '../ui/SupportRow';

export function OfferItem({ offer }: { offer: Offer }) {
  const doc = useDoc();
  const run = useRun();
  const linked = new Set(offer.needIds ?? []);
  const links = useDisclosure();
  const covered = doc.needs.filter((n) => linked.has(n.id));
  const toggle = (needId: string, on: boolean) => {
    const next = doc.needs.map((n) => n.id).filter((id) => (id === needId ? on : linked.has(id)));
    run(updateOffer, { id: offer.id, patch: { needIds: next.length > 0 ? next : undefined } });
  };
  return (
    <li className="st-item st-offer">
      <SupportRow
        text={offer.text}
        type={offer.type}
        category={offer.category}
        prefix={
          offer.category && (
            <span className="st-letter" aria-hidden="true">
              {supportCategoryLetters[offer.category]}
            </span>
          )
        }
        onSave={(text, category, type) => run(updateOffer, { id: offer.id, patch: { text, category, type } })}
        onRemove={() => run(removeOffer, { id: offer.id })}
      />
      <p className="st-links-summary">
        {covered.length === 0 ? t.offers.coversNothing : `${t.offers.covers}: ${covered.map((n) => n.text).join('; ')}`}
      </p>
      <DisclosureButton state={links} className="st-links-toggle">
        {t.offers.linkButtonStart}
        <span className="visually-hidden"> "{offer.text}"</span> {t.offers.linkButtonEnd}
      </DisclosureButton>
      <fieldset className="st-links" id={links.panelId} hidden={!links.open}>
        <legend>{t.offers.linksOf(offer.text)}</legend>
        {doc.needs.length === 0 && <p className="st-empty">{t.offers.noNeeds}</p>}
        {doc.needs.map((n) => (
          <label key={n.id} className="st-check">
            <input type="checkbox" checked={linked.has(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} />
            <span>
              {n.text} <span className="st-muted">({personName(doc, n.of)})</span>
            </span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}
