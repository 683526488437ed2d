import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import type { OrganizationTreeView } from '../../data/organization-services';
import { AsAtForm, useAsAtDay } from './as-at';
import { UnitPanel } from './UnitPanel';
import { UnitTreeView } from './UnitTreeView';
import { searchKeys, searchTree, isOpen, visibleRows, type Openness, type TreeRow } from './tree-rows';
import './organizations.css';

/** What the restructuring page hands back after applying a decision. */
export interface AppliedNotice {
  readonly applied: { readonly number: string; readonly date: string };
}

function isAppliedNotice(state: unknown): state is AppliedNotice {
  return typeof state === 'object' && state !== null && 'applied' in state;
}

/** The organization tree as at a day, with member counts, search, and the selected unit's actions. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const { organizations } = useServices();
  const navigate = useNavigate();
  const location = useLocation();
  const searchId = useId();
  const { day, today, setDay } = useAsAtDay();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const selectedId = params.get('unit');
  const [view, setView] = useState<OrganizationTreeView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [openness, setOpenness] = useState<Openness>({ expanded: new Set(), collapsed: new Set() });

  useEffect(() => {
    let current = true;
    setFailure(null);
    organizations.tree(day).then(
      (loaded) => {
        if (!current) return;
        setView(loaded);
        // The top of the tree starts open, and so do the branches leading to a unit named in the address.
        setOpenness((previous) => {
          const expanded = new Set(previous.expanded);
          if (expanded.size === 0) for (const root of loaded.tree.roots) expanded.add(root.id);
          if (selectedId) for (const node of loaded.tree.pathTo(selectedId).slice(0, -1)) expanded.add(node.id);
          return { ...previous, expanded };
        });
      },
      (error: unknown) => current && setFailure(describeUnknownError(error)),
    );
    return () => {
      current = false;
    };
    // The selection is read only when a tree arrives: following every click would reopen branches the user closed.
  }, [organizations, day]);

  const deferredQuery = useDeferredValue(query);
  const keys = useMemo(() => (view ? searchKeys(view.tree) : new Map<string, string>()), [view]);
  const search = useMemo(() => (view ? searchTree(view.tree, keys, deferredQuery) : null), [view, keys, deferredQuery]);
  const rows = useMemo(() => (view ? visibleRows(view.tree, openness, search) : []), [view, openness, search]);

  const updateParams = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') updated.delete(key);
          else updated.set(key, value);
        }
        return updated;
      },
      { replace: true },
    );

  const toggle = (row: TreeRow) =>
    setOpenness((previous) => {
      const expanded = new Set(previous.expanded);
      const collapsed = new Set(previous.collapsed);
      if (isOpen(row.node.id, previous, search)) {
        expanded.delete(row.node.id);
        collapsed.add(row.node.id);
      } else {
        expanded.add(row.node.id);
        collapsed.delete(row.node.id);
      }
      return { expanded, collapsed };
    });

  // The tree on screen may still be the previous day's while the asked day loads: everything says the day it shows.
  const shownDay = view?.tree.day ?? day;
  const unitLink = (id: string) => `/organizations/${id}${shownDay === today ? '' : `?asAt=${shownDay}`}`;
  const notice = isAppliedNotice(location.state) ? location.state.applied : null;
  const totalMembers = view ? view.tree.roots.reduce((sum, root) => sum + (view.memberCounts.get(root.id) ?? 0), 0) : 0;
  const selected = view && selectedId ? view.tree.get(selectedId) : undefined;

  return (
    <section className="page organizations-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('organizations.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {t('organizations.applied', { number: notice.number, date: formatPartialDate(notice.date) })}
        </p>
      )}
      <div className="organizations-toolbar">
        <AsAtForm day={day} today={today} onChange={setDay} />
        <div className="field organizations-search">
          <label htmlFor={searchId}>{t('organizations.search.label')}</label>
          <input
            id={searchId}
            type="search"
            autoComplete="off"
            placeholder={t('organizations.search.placeholder')}
            value={query}
            onChange={(event) => {
              setOpenness((previous) => ({ ...previous, collapsed: new Set() }));
              updateParams({ q: event.target.value });
            }}
          />
        </div>
      </div>
      {failure && (
        <p className="form-error" role="alert">
          {t('organizations.loadFailed', { detail: failure })}
        </p>
      )}
      {!view && !failure && <p className="loading">{t('organizations.loading')}</p>}
      {view && view.tree.size === 0 && (
        <div className="empty-state">
          <p>{t('organizations.emptyOn', { date: formatPartialDate(shownDay) })}</p>
        </div>
      )}
      {view && view.tree.size > 0 && (
        <>
          <p className="organizations-summary" role="status">
            {shownDay !== day
              ? t('organizations.loading')
              : search
                ? t('organizations.search.found', { count: search.matches.size, formatted: search.matches.size.toLocaleString('vi-VN') })
                : t('organizations.summary', { date: formatPartialDate(shownDay), units: view.tree.size.toLocaleString('vi-VN'), members: totalMembers.toLocaleString('vi-VN') })}
          </p>
          <div className="organizations-layout">
            {rows.length > 0 ? (
              <UnitTreeView
                label={t('organizations.tree.label', { date: formatPartialDate(shownDay) })}
                rows={rows}
                memberCounts={view.memberCounts}
                selectedId={selectedId}
                onSelect={(id) => updateParams({ unit: id })}
                onToggle={toggle}
                onOpen={(id) => navigate(unitLink(id))}
              />
            ) : (
              <div className="empty-state unit-tree-empty">
                <p>{t('organizations.search.none', { query })}</p>
              </div>
            )}
            <UnitPanel node={selected} view={view} day={shownDay} today={today} unitLink={unitLink} onToday={() => setDay(today)} />
          </div>
        </>
      )}
    </section>
  );
}
