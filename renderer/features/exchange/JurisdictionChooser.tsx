import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode, UnitTree } from '../../../shared/organization/unit-tree';
import { foldForSearch } from '../../../shared/text/fold';

/** More matches than this are not listed: the user types on instead. */
const shownMatches = 50;

interface JurisdictionChooserProps {
  readonly tree: UnitTree;
  /** The office's own unit: what it may grant lies below it. */
  readonly ownUnitId: string;
  readonly value: string | null;
  onChange(unitId: string): void;
  readonly error: string | null;
}

/**
 * Chooses the unit a lower office will manage, from the organization tree below this office's own unit: open
 * branches with their buttons, or type part of a name or code (diacritics optional). One radio group, so the
 * arrow keys move the choice and Tab leaves it.
 */
export function JurisdictionChooser({ tree, ownUnitId, value, onChange, error }: JurisdictionChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const own = tree.get(ownUnitId);
  const chosen = value ? tree.get(value) : undefined;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(value ? tree.pathTo(value).slice(0, -1).map((node) => node.id) : []));
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const below = useMemo(() => [...tree.subtreeIds(ownUnitId)].filter((unitId) => unitId !== ownUnitId).map((unitId) => tree.get(unitId)!), [tree, ownUnitId]);
  const keys = useMemo(() => new Map(below.map((node) => [node.id, `${foldForSearch(node.name)} ${foldForSearch(node.code)}`])), [below]);
  const matches = useMemo(() => {
    const words = foldForSearch(deferred).split(' ').filter((word) => word !== '');
    if (words.length === 0) return null;
    return below.filter((node) => words.every((word) => keys.get(node.id)!.includes(word))).slice(0, shownMatches);
  }, [below, keys, deferred]);

  /** The units between this office's own unit and `node`, to tell apart search matches of the same name. */
  const pathBelowOwn = (node: UnitNode) => {
    const path = tree.pathTo(node.id);
    return path.slice(path.findIndex((step) => step.id === ownUnitId) + 1, -1);
  };

  // A unit chosen before the list is shown (the one the request proposes) is scrolled into view.
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = list.current;
    const checked = element?.querySelector<HTMLInputElement>('input:checked');
    // The list is the radio's offset parent (it is positioned), so offsetTop is within it.
    if (element && checked) element.scrollTop = checked.offsetTop - element.clientHeight / 3;
  }, []);

  const toggle = (node: UnitNode) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(node.id)) next.add(node.id);
      return next;
    });

  const choice = (node: UnitNode, withPath: boolean) => (
    <label className="unit-choice">
      <input type="radio" name={`${id}-unit`} value={node.id} checked={value === node.id} onChange={() => onChange(node.id)} aria-describedby={error ? `${id}-error` : undefined} />
      <span>{node.name}</span>
      <span className="unit-choice-code">{node.code}</span>
      {withPath && (
        <span className="unit-choice-path">
          {pathBelowOwn(node)
            .map((ancestor) => ancestor.name)
            .join(' › ')}
        </span>
      )}
    </label>
  );

  const branch = (nodes: readonly UnitNode[]) => (
    <ul className="unit-branch">
      {nodes.map((node) => {
        const open = expanded.has(node.id);
        return (
          <li key={node.id}>
            <div className="unit-row">
              {node.children.length > 0 ? (
                <button type="button" className="unit-toggle" aria-expanded={open} aria-label={t(open ? 'exchangeUi.chooser.close' : 'exchangeUi.chooser.open', { name: node.name })} onClick={() => toggle(node)}>
                  {open ? '▾' : '▸'}
                </button>
              ) : (
                <span className="unit-toggle-space" aria-hidden="true" />
              )}
              {choice(node, false)}
            </div>
            {open && branch(node.children)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <fieldset className="unit-chooser" aria-invalid={error ? true : undefined}>
      <legend>{t('exchangeUi.chooser.legend', { unit: own?.name ?? '' })}</legend>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('exchangeUi.chooser.search')}</label>
        <input id={`${id}-search`} type="search" value={query} placeholder={t('exchangeUi.chooser.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <p className="unit-chosen" aria-live="polite">
        {chosen ? t('exchangeUi.chooser.chosen', { name: chosen.name, code: chosen.code }) : t('exchangeUi.chooser.noneChosen')}
      </p>
      <div className="unit-chooser-list" ref={list}>
        {matches === null && (own && own.children.length > 0 ? branch(own.children) : <p className="muted">{t('exchangeUi.chooser.nothingBelow')}</p>)}
        {matches !== null && matches.length === 0 && <p className="muted">{t('exchangeUi.chooser.noMatch')}</p>}
        {matches !== null && matches.length > 0 && (
          <ul className="unit-branch">
            {matches.map((node) => (
              <li key={node.id}>
                <div className="unit-row">{choice(node, true)}</div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
