import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CatalogEntry } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { PersonDossier } from '../../../shared/people/person-service';
import { useServices } from '../../data/services';
import { printForms } from '../print/form-templates';
import { FieldsSection } from './FieldsSection';
import { HistoryTable } from './HistoryTable';
import { PersonContextProvider } from './person-context';
import { historyTabs, personFieldGroups, personTabs, type PersonTab } from './person-fields';
import { PhotoBox } from './PhotoBox';
import {
  AdmissionTable,
  CommendationTable,
  DisciplineTable,
  EvaluationTable,
  ExitTable,
  InspectionTable,
  MovementTable,
  PlanningTable,
  TrainingCourseTable,
  TransferTable,
  UnitHistoryTable,
} from './RecordTables';
import { RestrictedSection } from './RestrictedSection';
import { UnsavedChangesGuard } from './unsaved-changes';
import './person.css';

type PageState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly dossier: PersonDossier; readonly catalogs: readonly CatalogEntry[] };

function isTab(value: string | null): value is PersonTab {
  return (personTabs as readonly (string | null)[]).includes(value);
}

/** The dossier of one cadre or party member ("Hồ sơ"), every section of the CV and the party dossier in tabs. */
export function PersonPage() {
  const { personId = '' } = useParams();
  // Another person is another page: nothing of the previous one (state, open forms) carries over.
  return <PersonPageOf key={personId} personId={personId} />;
}

function PersonPageOf({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { person } = useServices();
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const load = useCallback(async (): Promise<PageState> => {
    const [dossier, catalogs] = await Promise.all([person.dossier(personId), person.catalogs()]);
    return dossier ? { status: 'ready', dossier, catalogs } : { status: 'missing' };
  }, [person, personId]);
  /** Reads the dossier again after a write; resolves once the page shows what was saved. */
  const reload = useCallback(async () => setState(await load()), [load]);

  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => current && setState(loaded),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [load]);

  if (state.status === 'failed') throw state.error;
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'missing') {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('person.notFound.title')}</h1>
        <div className="empty-state">
          <p>{t('person.notFound.body')}</p>
          <Link to="/people">{t('person.backToList')}</Link>
        </div>
      </section>
    );
  }
  return (
    <UnsavedChangesGuard>
      <PersonContextProvider catalogs={state.catalogs} units={state.dossier.units}>
        <PersonDossierView dossier={state.dossier} onChanged={reload} />
      </PersonContextProvider>
    </UnsavedChangesGuard>
  );
}

function PersonDossierView({ dossier, onChanged }: { dossier: PersonDossier; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const { person } = dossier;
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: PersonTab = isTab(requested) ? requested : 'identity';
  const tabButtons = useRef(new Map<PersonTab, HTMLButtonElement>());

  const select = (next: PersonTab) => setSearchParams({ tab: next }, { replace: true });
  function onTabKey(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = personTabs[(personTabs.indexOf(tab) + step + personTabs.length) % personTabs.length]!;
    select(next);
    tabButtons.current.get(next)?.focus();
  }

  const facts: [string, string | undefined][] = [
    [t('person.facts.birthDate'), formatPartialDate(person.birthDate)],
    [t('person.facts.partyCard'), person.partyCardNumber],
    [t('person.facts.citizenId'), person.citizenId],
    [t('person.facts.post'), person.currentPost],
  ];
  return (
    <section className="page person-page" aria-labelledby="page-title">
      <header className="person-header">
        <PhotoBox personId={person.id} fullName={person.fullName} photo={dossier.photo} onChanged={onChanged} />
        <div className="person-heading">
          <p className="breadcrumb">
            <Link to="/people">{t('nav.people')}</Link>
          </p>
          <h1 id="page-title">{person.fullName}</h1>
          <p className="person-standing">
            <span className={`status-badge status-${person.memberStatus}`}>{t(`person.memberStatus.${person.memberStatus}`)}</span>
            {person.isCadre && <span className="status-badge">{t('person.cadre')}</span>}
            <span>{dossier.unitPath.map((unit) => unit.name).join(' – ')}</span>
          </p>
          <dl className="person-facts">
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          <nav className="print-links" aria-label={t('person.print.label')}>
            {printForms.map((form) => (
              <Link key={form.slug} className="button" to={`/people/${person.id}/print/${form.slug}`}>
                {t(`person.print.${form.slug}`)}
              </Link>
            ))}
          </nav>
        </div>
      </header>

      <div className="person-tabs" role="tablist" aria-label={t('person.tabsLabel')}>
        {personTabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={name === tab}
            aria-controls="person-tabpanel"
            tabIndex={name === tab ? 0 : -1}
            ref={(element) => {
              if (element) tabButtons.current.set(name, element);
            }}
            onClick={() => select(name)}
            onKeyDown={onTabKey}
          >
            {t(`person.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="person-tabpanel" role="tabpanel" id="person-tabpanel" aria-labelledby={`tab-${tab}`}>
        <h2>{t(`person.tabs.${tab}`)}</h2>
        <TabContent key={tab} tab={tab} dossier={dossier} onChanged={onChanged} />
      </div>
    </section>
  );
}

function TabContent({ tab, dossier, onChanged }: { tab: PersonTab; dossier: PersonDossier; onChanged: () => Promise<void> }) {
  const personId = dossier.person.id;
  const group = personFieldGroups[tab];
  return (
    <>
      {group && <FieldsSection personId={personId} record={dossier.person} readOnly={group.readOnly} editable={group.editable} onSaved={onChanged} />}
      {(historyTabs[tab] ?? []).map((kind) => (
        <HistoryTable key={kind} personId={personId} kind={kind} rows={dossier.histories[kind]} onChanged={onChanged} />
      ))}
      {tab === 'party' && (
        <>
          <UnitHistoryTable dossier={dossier} />
          <AdmissionTable dossier={dossier} />
          <TransferTable dossier={dossier} />
          <ExitTable dossier={dossier} />
        </>
      )}
      {tab === 'work' && <MovementTable dossier={dossier} />}
      {tab === 'training' && <TrainingCourseTable dossier={dossier} />}
      {tab === 'awards' && (
        <>
          <CommendationTable dossier={dossier} />
          <DisciplineTable dossier={dossier} />
          <InspectionTable dossier={dossier} />
        </>
      )}
      {tab === 'evaluations' && <EvaluationTable dossier={dossier} />}
      {tab === 'planning' && <PlanningTable dossier={dossier} />}
      {tab === 'history' && <RestrictedSection personId={personId} />}
    </>
  );
}
