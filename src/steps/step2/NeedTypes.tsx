/** The two types of need (and the ecogram's four letters) — named, not exemplified. */
import { supportCategoryLabels, supportCategoryLetters } from '../../i18n/labels';
import { t } from '../../i18n/steps';

export function NeedTypes() {
  const letters = (['emotional', 'company', 'advice'] as const)
    .map((c) => `${supportCategoryLetters[c]} = ${supportCategoryLabels[c].toLowerCase()}`)
    .join(', ');
  return (
    <div className="st-types" role="note" aria-label={t.needs.typesHeading}>
      <p className="st-types-title">{t.needs.typesHeading}</p>
      <p>{t.needs.typesIntro}</p>
      <ul>
        <li>
          {t.needs.typeSocial} <span className="st-letters">({letters})</span>
        </li>
        <li>
          {t.needs.typePractical} <span className="st-letters">(P)</span>
        </li>
      </ul>
    </div>
  );
}
