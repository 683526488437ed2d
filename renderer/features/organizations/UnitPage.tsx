import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { latestPeriod } from '../../../shared/organization/unit';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import type { UnitPageView } from '../../data/organization-services';
import { useRecordTexts } from '../../i18n';
import { AsAtForm, useAsAtDay } from './as-at';
import { catalogName } from './catalog-names';
import { RestructureActions } from './RestructureActions';
import './organizations.css';

/** A titled part of the unit page; with no rows, a sentence saying there is nothing. */
function Part({ id, title, empty, children }: { id: string; title: string; empty: string | null; children: ReactNode }) {
  return (
    <section className="card unit-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty !== null ? <p className="empty-state">{empty}</p> : children}
    </section>
  );
}

/** `/organizations/:unitId`: one unit as it stood on a day, with its history, people, places, ratings and programs. */
export function UnitPage() {
  const { unitId = '' } = useParams();
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const { organizations } = useServices();
  const { day, today, setDay } = useAsAtDay();
  const [view, setView] = useState<UnitPageView | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setFailure(null);
    organizations.unit(unitId, day).then(
      (loaded) => current && setView(loaded),
      (error: unknown) => current && setFailure(describeUnknownError(error)),
    );
    return () => {
      current = false;
    };
  }, [organizations, unitId, day]);

  // The page may still show the previous day's profile while the asked day loads: links and texts follow what is shown.
  const shownDay = view?.profile.day ?? day;
  const asAt = shownDay === today ? '' : `?asAt=${shownDay}`;
  const unitLink = (id: string) => `/organizations/${id}${asAt}`;
  const date = formatPartialDate(shownDay);

  if (failure) {
    return (
      <section className="page">
        <p className="form-error" role="alert">
          {t('organizations.loadFailed', { detail: failure })}
        </p>
      </section>
    );
  }
  if (view === undefined) return <p className="loading">{t('organizations.loading')}</p>;
  if (view === null) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('organizations.unit.notFoundTitle')}</h1>
        <div className="empty-state">
          <p>{t('organizations.unit.notFound')}</p>
        </div>
        <Link to="/organizations">{t('organizations.unit.backToTree')}</Link>
      </section>
    );
  }

  const { profile, catalogs } = view;
  const { node, unit } = profile;
  const latest = latestPeriod(unit);
  const kindName = (code: string) => catalogName(catalogs, 'unitKind', code);
  const closedOn = latest.to;
  const statusCounts = new Map<string, number>();
  for (const area of profile.residentialAreas) statusCounts.set(area.statusCode, (statusCounts.get(area.statusCode) ?? 0) + 1);

  return (
    <section className="page unit-page" aria-labelledby="page-title">
      <nav className="org-breadcrumb" aria-label={t('organizations.breadcrumb')}>
        <Link to={`/organizations${asAt ? `${asAt}&` : '?'}unit=${unit.id}`}>{t('organizations.title')}</Link>
        {profile.path.slice(0, -1).map((ancestor) => (
          <Link key={ancestor.id} to={unitLink(ancestor.id)}>
            {ancestor.name}
          </Link>
        ))}
      </nav>
      <h1 id="page-title">{node?.name ?? latest.name}</h1>
      <AsAtForm day={day} today={today} onChange={setDay} />
      {(shownDay !== day || view.profile.unit.id !== unitId) && (
        <p className="loading" role="status">
          {t('organizations.loading')}
        </p>
      )}
      {!node && <p className="org-warning">{t('organizations.unit.notOnDay', { date })}</p>}
      {closedOn !== null && <p className="org-warning">{t('organizations.unit.closed', { date: formatPartialDate(closedOn) })}</p>}

      <Part id="unit-details" title={t('organizations.unit.details')} empty={null}>
        <dl className="details">
          <dt>{fieldLabel('unit', 'code')}</dt>
          <dd className="mono">{unit.code}</dd>
          <dt>{fieldLabel('unit', 'periods.name')}</dt>
          <dd>{node?.name ?? latest.name}</dd>
          <dt>{fieldLabel('unit', 'periods.kind')}</dt>
          <dd>{kindName(node?.kind ?? latest.kind)}</dd>
          <dt>{fieldLabel('unit', 'periods.isGrassroots')}</dt>
          <dd>{t((node?.isGrassroots ?? latest.isGrassroots) ? 'organizations.yes' : 'organizations.no')}</dd>
          <dt>{fieldLabel('unit', 'periods.parentId')}</dt>
          <dd>{profile.path.length > 1 ? <Link to={unitLink(profile.path.at(-2)!.id)}>{profile.path.at(-2)!.name}</Link> : t('organizations.noParent')}</dd>
          <dt>{t('organizations.unit.memberCount', { date })}</dt>
          <dd>{profile.memberCount.toLocaleString('vi-VN')}</dd>
          <dt>{t('organizations.unit.consolidation')}</dt>
          <dd>{t(profile.inConsolidation ? 'organizations.unit.inConsolidation' : 'organizations.unit.notInConsolidation')}</dd>
        </dl>
        {view.inJurisdiction && <RestructureActions unitId={unit.id} />}
      </Part>

      <Part id="unit-periods" title={t('organizations.unit.periods')} empty={null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('unit', 'periods.from')}</th>
              <th scope="col">{fieldLabel('unit', 'periods.to')}</th>
              <th scope="col">{fieldLabel('unit', 'periods.name')}</th>
              <th scope="col">{fieldLabel('unit', 'periods.kind')}</th>
              <th scope="col">{fieldLabel('unit', 'periods.parentId')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.periods.map((period) => (
              <tr key={period.from}>
                <td>{formatPartialDate(period.from)}</td>
                <td>{period.to ? formatPartialDate(period.to) : t('organizations.unit.ongoing')}</td>
                <td>{period.name}</td>
                <td>{kindName(period.kind)}</td>
                <td>{period.parentName ?? t('organizations.noParent')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-restructurings" title={t('organizations.unit.restructurings')} empty={profile.restructurings.length === 0 ? t('organizations.unit.noRestructurings') : null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('restructuring', 'effectiveDate')}</th>
              <th scope="col">{fieldLabel('restructuring', 'kind')}</th>
              <th scope="col">{fieldLabel('restructuring', 'decision.number')}</th>
              <th scope="col">{fieldLabel('restructuring', 'decision.date')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.restructurings.map((event) => (
              <tr key={event.id}>
                <td>{formatPartialDate(event.effectiveDate)}</td>
                <td>{t(`organizations.kinds.${event.kind}`)}</td>
                <td>{event.decision.number}</td>
                <td>{formatPartialDate(event.decision.date)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-members" title={t('organizations.unit.members', { count: profile.members.length })} empty={profile.members.length === 0 ? t('organizations.unit.noMembers', { date }) : null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('person', 'fullName')}</th>
              <th scope="col">{fieldLabel('person', 'sex')}</th>
              <th scope="col">{fieldLabel('person', 'birthDate')}</th>
              <th scope="col">{fieldLabel('person', 'memberStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.members.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link to={`/people/${person.id}`}>{person.fullName}</Link>
                </td>
                <td>{t(`organizations.sex.${person.sex}`)}</td>
                <td>{formatPartialDate(person.birthDate)}</td>
                <td>{t(`organizations.memberStatus.${person.memberStatus}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-children" title={t('organizations.unit.subUnits')} empty={profile.subUnits.length === 0 ? t('organizations.unit.noSubUnits', { date }) : null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('unit', 'code')}</th>
              <th scope="col">{fieldLabel('unit', 'periods.name')}</th>
              <th scope="col">{fieldLabel('unit', 'periods.kind')}</th>
              <th scope="col" className="number">
                {t('organizations.panel.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.subUnits.map((child) => (
              <tr key={child.id}>
                <td className="mono">{child.code}</td>
                <td>
                  <Link to={unitLink(child.id)}>{child.name}</Link>
                </td>
                <td>{kindName(child.kind)}</td>
                <td className="number">{child.members.toLocaleString('vi-VN')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-areas" title={t('organizations.unit.areas')} empty={profile.residentialAreas.length === 0 ? t('organizations.unit.noAreas') : null}>
        <ul className="org-status-counts">
          {[...statusCounts].map(([status, count]) => (
            <li key={status} className={`org-status-${status || 'unknown'}`}>
              {status ? catalogName(catalogs, 'residentialCellStatus', status) : t('organizations.unit.statusUnknown')}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('residentialArea', 'periods.name')}</th>
              <th scope="col">{fieldLabel('residentialArea', 'coverage.statusCode')}</th>
              <th scope="col">{fieldLabel('residentialArea', 'coverage.cellUnitId')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.residentialAreas.map((area) => (
              <tr key={area.id}>
                <td>{area.name}</td>
                <td className={`org-status-${area.statusCode || 'unknown'}`}>{area.statusCode ? catalogName(catalogs, 'residentialCellStatus', area.statusCode) : t('organizations.unit.statusUnknown')}</td>
                <td>{area.cellUnitId ? <Link to={unitLink(area.cellUnitId)}>{area.cellName ?? area.cellUnitId}</Link> : t('organizations.unit.noCell')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-enterprises" title={t('organizations.unit.enterprises')} empty={profile.enterprises.length === 0 ? t('organizations.unit.noEnterprises') : null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('enterprise', 'name')}</th>
              <th scope="col">{fieldLabel('enterprise', 'partyUnitId')}</th>
              <th scope="col" className="number">
                {fieldLabel('enterprise', 'figures.workforce')}
              </th>
              <th scope="col" className="number">
                {fieldLabel('enterprise', 'figures.partyMembers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.enterprises.map((enterprise) => (
              <tr key={enterprise.id}>
                <td>{enterprise.name}</td>
                <td className={enterprise.partyUnitId ? 'org-status-independent' : 'org-status-none'}>
                  {enterprise.partyUnitId ? <Link to={unitLink(enterprise.partyUnitId)}>{t('organizations.unit.hasPartyOrganization')}</Link> : t('organizations.unit.noPartyOrganization')}
                </td>
                <td className="number">{enterprise.figures?.workforce.toLocaleString('vi-VN') ?? '—'}</td>
                <td className="number">{enterprise.figures?.partyMembers.toLocaleString('vi-VN') ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-ratings" title={t('organizations.unit.ratings')} empty={profile.evaluations.length === 0 ? t('organizations.unit.noRatings') : null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('evaluation', 'period')}</th>
              <th scope="col">{fieldLabel('evaluation', 'ratingSchemeCode')}</th>
              <th scope="col">{fieldLabel('evaluation', 'ratingCode')}</th>
              <th scope="col" className="number">
                {fieldLabel('evaluation', 'points')}
              </th>
              <th scope="col">{fieldLabel('evaluation', 'stage')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.evaluations.map((evaluation) => (
              <tr key={evaluation.id}>
                <td>{evaluation.period.quarter ? t('organizations.unit.quarter', { quarter: evaluation.period.quarter, year: evaluation.period.year }) : evaluation.period.year}</td>
                <td>{catalogName(catalogs, 'ratingScheme', evaluation.ratingSchemeCode)}</td>
                <td>{catalogName(catalogs, 'rating', evaluation.ratingCode)}</td>
                <td className="number">{evaluation.points ?? '—'}</td>
                <td>{t(`organizations.evaluationStage.${evaluation.stage}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="unit-consolidation" title={t('organizations.unit.consolidations')} empty={profile.consolidations.length === 0 ? t('organizations.unit.noConsolidations') : null}>
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{fieldLabel('consolidation', 'enteredOn')}</th>
              <th scope="col">{fieldLabel('consolidation', 'reason')}</th>
              <th scope="col">{fieldLabel('consolidation', 'targetYear')}</th>
              <th scope="col">{fieldLabel('consolidation', 'leftOn')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.consolidations.map((program) => (
              <tr key={program.id}>
                <td>{formatPartialDate(program.enteredOn)}</td>
                <td>{program.reason}</td>
                <td>{program.targetYear}</td>
                <td>{program.leftOn ? formatPartialDate(program.leftOn) : t('organizations.unit.stillIn')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>
    </section>
  );
}
