import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { RestructuringPreview, UnitRef } from '../../../shared/organization/restructure-commands';

const unitText = (unit: UnitRef) => `${unit.name} (${unit.code})`;

/** What applying the decision will do, for the user to confirm: units that close and open, renames, and who moves where. */
export function RestructurePreviewPanel({ preview, applying, onApply, onEdit }: { preview: RestructuringPreview; applying: boolean; onApply: () => void; onEdit: () => void }) {
  const { t } = useTranslation();
  const sections = [
    { key: 'closing', items: preview.closing.map(unitText) },
    { key: 'opening', items: preview.opening.map((unit) => t('organizations.preview.openingItem', { unit: unitText(unit), parent: unit.parent ? unit.parent.name : t('organizations.noParent') })) },
    { key: 'renamed', items: preview.renamed.map((change) => t('organizations.preview.renamedItem', { unit: unitText(change.unit), name: change.newName })) },
    { key: 'unitMoves', items: preview.unitMoves.map((move) => t('organizations.preview.unitMoveItem', { unit: unitText(move.unit), from: move.from.name, to: move.to.name })) },
    {
      key: 'memberMoves',
      items: preview.memberMoves.map((move) => t('organizations.preview.memberMoveItem', { people: move.people, members: move.members, from: unitText(move.from), to: unitText(move.to) })),
    },
  ].filter((section) => section.items.length > 0);
  const moved = preview.memberMoves.reduce((sum, move) => sum + move.people, 0);

  return (
    <section className="card restructure-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('organizations.preview.title')}</h2>
      <p>
        {t('organizations.preview.decision', {
          kind: t(`organizations.kinds.${preview.kind}`),
          number: preview.decision.number,
          date: formatPartialDate(preview.decision.date),
          effective: formatPartialDate(preview.effectiveDate),
        })}
      </p>
      {sections.map((section) => (
        <div key={section.key} className="preview-section">
          <h3>{t(`organizations.preview.${section.key}`)}</h3>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      {moved === 0 && <p className="org-muted">{t('organizations.preview.nobodyMoves')}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={applying} onClick={onApply}>
          {applying ? t('organizations.preview.applying') : t('organizations.preview.apply')}
        </button>
        <button type="button" disabled={applying} onClick={onEdit}>
          {t('organizations.preview.edit')}
        </button>
      </div>
    </section>
  );
}
