import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeRow } from './tree-rows';

/** Every row is this tall (CSS keeps it so): the list renders only the rows in view. */
export const treeRowHeight = 34;
const overscan = 8;

interface UnitTreeViewProps {
  readonly label: string;
  readonly rows: readonly TreeRow[];
  readonly memberCounts: ReadonlyMap<string, number>;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (row: TreeRow) => void;
  /** Enter or a double click: the unit's own page. */
  readonly onOpen: (id: string) => void;
}

/**
 * The unit tree as an ARIA tree, virtualized: arrows move (and select), Right/Left open and close or go to the
 * first child / the parent, Home/End jump, Enter opens the unit's page.
 */
export function UnitTreeView({ label, rows, memberCounts, selectedId, onSelect, onToggle, onOpen }: UnitTreeViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(560);
  /** The row the keyboard moved to: focused once it is rendered (a far jump renders it only after scrolling). */
  const pendingFocus = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = rows.findIndex((row) => row.node.id === selectedId);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  // Keeps the selected row in view, whether the keyboard moved it or the address named it.
  useEffect(() => {
    const element = container.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * treeRowHeight;
    const outOfView = top < element.scrollTop || top + treeRowHeight > element.scrollTop + element.clientHeight;
    // The keyboard scrolls by as little as it takes; a unit named from elsewhere comes to the middle.
    if (outOfView && pendingFocus.current !== null) element.scrollTop = top < element.scrollTop ? top : top + treeRowHeight - element.clientHeight;
    else if (outOfView) element.scrollTop = top - (element.clientHeight - treeRowHeight) / 2;
    setScrollTop(element.scrollTop);
  }, [selectedIndex]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = container.current?.querySelector<HTMLElement>(`[data-row="${pendingFocus.current}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus();
  });

  const moveTo = (index: number) => {
    const row = rows[Math.min(Math.max(index, 0), rows.length - 1)];
    if (!row) return;
    pendingFocus.current = rows.indexOf(row);
    onSelect(row.node.id);
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = rows[focusIndex];
    if (!row) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(focusIndex + 1),
      ArrowUp: () => moveTo(focusIndex - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      PageDown: () => moveTo(focusIndex + Math.floor(height / treeRowHeight)),
      PageUp: () => moveTo(focusIndex - Math.floor(height / treeRowHeight)),
      ArrowRight: () => (row.expandable && !row.expanded ? onToggle(row) : row.expanded ? moveTo(focusIndex + 1) : undefined),
      ArrowLeft: () => {
        if (row.expanded) return onToggle(row);
        const parent = rows.findLastIndex((candidate, index) => index < focusIndex && candidate.depth < row.depth);
        if (parent >= 0) moveTo(parent);
      },
      Enter: () => onOpen(row.node.id),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const first = Math.max(0, Math.floor(scrollTop / treeRowHeight) - overscan);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / treeRowHeight) + overscan);
  // The row holding the tab stop is always rendered, even scrolled away, so that Tab still reaches the tree.
  const rendered = Array.from({ length: last - first }, (_, offset) => first + offset);
  if (rows[focusIndex] && (focusIndex < first || focusIndex >= last)) rendered.push(focusIndex);

  return (
    <div ref={container} className="unit-tree" role="tree" aria-label={label} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <div className="unit-tree-canvas" role="presentation" style={{ height: rows.length * treeRowHeight }}>
        {rendered.map((index) => {
          const row = rows[index]!;
          const { node } = row;
          const selected = node.id === selectedId;
          const members = memberCounts.get(node.id) ?? 0;
          return (
            <div
              key={node.id}
              role="treeitem"
              data-row={index}
              aria-label={t('organizations.tree.item', { name: node.name, code: node.code, members: members.toLocaleString('vi-VN') })}
              aria-level={row.depth + 1}
              aria-setsize={row.siblings}
              aria-posinset={row.position}
              aria-expanded={row.expandable ? row.expanded : undefined}
              aria-selected={selected}
              tabIndex={index === focusIndex ? 0 : -1}
              className={`unit-tree-row${selected ? ' selected' : ''}${row.match ? ' match' : ''}`}
              style={{ top: index * treeRowHeight, paddingLeft: `${0.5 + row.depth * 1.25}rem` }}
              onClick={() => onSelect(node.id)}
              onDoubleClick={() => onOpen(node.id)}
            >
              <span
                className="unit-tree-toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  if (row.expandable) onToggle(row);
                }}
              >
                {row.expandable ? (row.expanded ? '▾' : '▸') : ''}
              </span>
              <span className="unit-tree-name">{node.name}</span>
              <span className="unit-tree-code">{node.code}</span>
              <span className="unit-tree-count">{members.toLocaleString('vi-VN')}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
