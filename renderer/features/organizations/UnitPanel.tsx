import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPartialDate, type IsoDate } from '../../../shared/dates/partial-date';
import type { UnitNode } from '../../../shared/organization/unit-tree';
import type { OrganizationTreeView } from '../../data/organization-services';
import { useRecordTexts } from '../../i18n';
import { catalogName } from './catalog-names';
import { RestructureActions } from './RestructureActions';

interface UnitPanelProps {
  readonly node: UnitNode | undefined;
  readonly view: OrganizationTreeView;
  readonly day: IsoDate;
  readonly today: IsoDate;
  readonly unitLink: (id: string) => string;
  readonly onToday: () => void;
}

/** The selected unit beside the tree: what it is, its members, and what this office may do with it. */
export function UnitPanel({ node, view, day, today, unitLink, onToday }: UnitPanelProps) {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  if (!node) {
    return (
      <aside className="card organizations-panel">
        <p className="org-muted">{t('organizations.panel.none')}</p>
      </aside>
    );
  }
  const parent = node.parentId === null ? undefined : view.tree.get(node.parentId);
  return (
    <aside className="card organizations-panel" aria-labelledby="unit-panel-title">
      <h2 id="unit-panel-title">{node.name}</h2>
      <dl className="details">
        <dt>{fieldLabel('unit', 'code')}</dt>
        <dd className="mono">{node.code}</dd>
        <dt>{fieldLabel('unit', 'periods.kind')}</dt>
        <dd>{catalogName(view.catalogs, 'unitKind', node.kind)}</dd>
        <dt>{fieldLabel('unit', 'periods.isGrassroots')}</dt>
        <dd>{t(node.isGrassroots ? 'organizations.yes' : 'organizations.no')}</dd>
        <dt>{fieldLabel('unit', 'periods.parentId')}</dt>
        <dd>{parent ? parent.name : t('organizations.noParent')}</dd>
        <dt>{t('organizations.panel.members')}</dt>
        <dd>{(view.memberCounts.get(node.id) ?? 0).toLocaleString('vi-VN')}</dd>
      </dl>
      <Link className="button" to={unitLink(node.id)}>
        {t('organizations.panel.open')}
      </Link>
      {!view.jurisdiction.has(node.id) ? (
        <p className="org-muted">{t('organizations.panel.outside')}</p>
      ) : day !== today ? (
        <div className="organizations-past">
          <p className="org-muted">{t('organizations.panel.past', { date: formatPartialDate(day) })}</p>
          <button type="button" onClick={onToday}>
            {t('organizations.asAt.today')}
          </button>
        </div>
      ) : (
        <RestructureActions unitId={node.id} />
      )}
    </aside>
  );
}
