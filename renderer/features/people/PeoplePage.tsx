/**
 * "Cán bộ – Đảng viên": everyone on record, searchable as the user types, filtered, sorted, exported to Excel.
 * The work happens in the index worker; this page holds the view (search, filters, sort, columns) and shows answers.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { activeFilterCount, type PeopleColumn, type PeopleFilters, type PeopleQuery, type PeopleSort } from '../../../shared/people-index/query';
import type { PeopleIndexMeta } from '../../../shared/people-index/protocol';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import { formatDate } from '../../format/dates';
import { isLanguage } from '../../../shared/i18n/translate';
import { platform } from '../../platform';
import { ColumnChooser } from './ColumnChooser';
import { FiltersPanel } from './FiltersPanel';
import { filtersFromLink } from './people-link';
import { PeopleTable } from './PeopleTable';
import { SavedViews } from './SavedViews';
import { loadCurrentView, storeCurrentView, type CurrentView, type SavedView } from './saved-views';
import { usePeopleResults } from './use-people-results';
import './people.css';

type IndexState = { readonly kind: 'loading'; readonly loaded: number } | { readonly kind: 'ready'; readonly meta: PeopleIndexMeta } | { readonly kind: 'failed'; readonly detail: string };
type Message = { readonly kind: 'notice' | 'error'; readonly text: string };

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const { people } = useServices();
  const navigate = useNavigate();
  const filtersId = useId();
  const [index, setIndex] = useState<IndexState>({ kind: 'loading', loaded: 0 });
  const [view, setView] = useState<CurrentView>(() => loadCurrentView(sessionStorage));
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(view.filters) > 0);
  // Bumped when filters change from outside the panel (a saved view, clearing), so its inputs start over.
  const [filtersVersion, setFiltersVersion] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  const formatCount = (count: number) => count.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');

  useEffect(() => {
    let current = true;
    people.open((loaded) => current && setIndex({ kind: 'loading', loaded })).then(
      (meta) => current && setIndex({ kind: 'ready', meta }),
      (cause: unknown) => current && setIndex({ kind: 'failed', detail: describeUnknownError(cause) }),
    );
    return () => {
      current = false;
    };
  }, [people]);

  useEffect(() => storeCurrentView(sessionStorage, view), [view]);

  // A link with filters (a dashboard bar) starts a fresh view; the address is then cleared so that going back here
  // later finds the view as the user left it.
  const [linkParams, setLinkParams] = useSearchParams();
  useEffect(() => {
    if (linkParams.size === 0) return;
    const linked = filtersFromLink(linkParams);
    if (linked.ok) {
      setView((current) => ({ ...current, search: '', filters: linked.filters }));
      setFiltersOpen(true);
      setFiltersVersion((value) => value + 1);
    } else {
      setMessage({ kind: 'error', text: t('people.linkInvalid', { parameters: linked.badParameters.join(', ') }) });
    }
    setLinkParams({}, { replace: true });
  }, [linkParams, setLinkParams, t]);

  const ready = index.kind === 'ready';
  const query = useMemo<PeopleQuery | null>(() => (ready ? { search: view.search, filters: view.filters, sort: view.sort } : null), [ready, view.search, view.filters, view.sort]);
  const results = usePeopleResults(query);

  const onSortChange = useCallback((sort: PeopleSort) => setView((current) => ({ ...current, sort })), []);
  const onOpen = useCallback((personId: string) => navigate(`/people/${personId}`), [navigate]);
  const setFilters = (filters: PeopleFilters) => setView((current) => ({ ...current, filters }));
  const setColumns = (columns: PeopleColumn[]) => setView((current) => ({ ...current, columns }));
  const applyView = (saved: SavedView) => {
    setView((current) => ({ ...current, filters: saved.filters, sort: saved.sort, columns: saved.columns }));
    setFiltersVersion((value) => value + 1);
  };

  async function exportView() {
    if (results.resultId === null) return;
    setExporting(true);
    setMessage(null);
    try {
      const workbook = await people.exportWorkbook(results.resultId, view.columns, language);
      if (!workbook) {
        results.refresh();
        return setMessage({ kind: 'error', text: t('people.export.failed', { detail: t('people.export.stale') }) });
      }
      const suggestedName = `danh-sach-can-bo-dang-vien-${formatDate(new Date()).replaceAll('/', '-')}.xlsx`;
      const saved = await platform.saveFile({ suggestedName, bytes: workbook.bytes, extensions: ['xlsx'] });
      if (!saved.ok) setMessage({ kind: 'error', text: t('people.export.failed', { detail: t(`platformError.${saved.error.code}`) }) });
      else if (saved.value) setMessage({ kind: 'notice', text: t('people.export.done', { formatted: formatCount(workbook.rowCount), location: saved.value.location }) });
    } catch (cause) {
      setMessage({ kind: 'error', text: t('people.export.failed', { detail: describeUnknownError(cause) }) });
    } finally {
      setExporting(false);
    }
  }

  const filterCount = activeFilterCount(view.filters);
  return (
    <section className="page people-page" aria-labelledby="page-title">
      <div className="people-heading">
        <h1 id="page-title">{t('areas.people.title')}</h1>
        {ready && <p className="people-as-at">{t('people.asAt', { date: formatPartialDate(index.meta.day) })}</p>}
      </div>
      {index.kind === 'loading' && (
        <p className="loading" role="status">
          {t('people.loading', { formatted: formatCount(index.loaded) })}
        </p>
      )}
      {index.kind === 'failed' && (
        <p className="form-error" role="alert">
          {t('people.loadFailed', { detail: index.detail })}
        </p>
      )}
      {ready && index.meta.people === 0 && (
        <div className="empty-state">
          <p>{t('people.empty')}</p>
        </div>
      )}
      {ready && index.meta.people > 0 && (
        <>
          <div className="people-toolbar">
            <input
              className="people-search"
              type="search"
              aria-label={t('people.search.label')}
              placeholder={t('people.search.placeholder')}
              value={view.search}
              maxLength={200}
              autoFocus
              onChange={(event) => setView({ ...view, search: event.target.value })}
            />
            <button type="button" aria-expanded={filtersOpen} aria-controls={filtersId} onClick={() => setFiltersOpen(!filtersOpen)}>
              {filterCount > 0 ? t('people.filters.buttonActive', { count: filterCount }) : t('people.filters.button')}
            </button>
            <ColumnChooser columns={view.columns} onChange={setColumns} />
            <SavedViews current={view} onApply={applyView} />
            <button type="button" className="primary" disabled={exporting || results.resultId === null || results.total === 0} onClick={exportView}>
              {exporting ? t('people.export.busy') : t('people.export.button')}
            </button>
            <p className="people-count" role="status">
              {results.resultId === null ? '' : t('people.count', { formatted: formatCount(results.total) })}
            </p>
          </div>
          {filtersOpen && (
            <div className="card people-filters-card">
              <FiltersPanel key={filtersVersion} id={filtersId} meta={index.meta} filters={view.filters} onChange={setFilters} />
              <div className="actions">
                <button
                  type="button"
                  disabled={filterCount === 0}
                  onClick={() => {
                    setFilters({});
                    setFiltersVersion((value) => value + 1);
                  }}
                >
                  {t('people.filters.clear')}
                </button>
              </div>
            </div>
          )}
          {message && (
            <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          {results.error !== null && (
            <p className="form-error" role="alert">
              {t('people.loadFailed', { detail: describeUnknownError(results.error) })}
            </p>
          )}
          {results.resultId !== null && results.total === 0 && <p className="people-no-match">{t('people.noMatch')}</p>}
          <PeopleTable results={results} visibleColumns={view.columns} sort={view.sort} onSortChange={onSortChange} onOpen={onOpen} />
          <p className="field-hint">{t('people.table.hint')}</p>
        </>
      )}
    </section>
  );
}
