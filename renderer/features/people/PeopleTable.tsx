/**
 * The people table: TanStack Table for the columns, their visibility and the sort state (sorting is manual:
 * the index worker does it), TanStack Virtual for the rows. Rows have one fixed height and only those in view
 * are in the page; `data` is just those rows, rebuilt when the window moves or rows arrive.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { columnSizingFeature, columnVisibilityFeature, rowSortingFeature, tableFeatures, useTable, type ColumnDef, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { cellText } from '../../../shared/people-index/cell-text';
import { peopleColumns, type PeopleColumn, type PeopleRow, type PeopleSort } from '../../../shared/people-index/query';
import type { PeopleResults } from './use-people-results';

const rowHeight = 36;

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature, columnSizingFeature });

/** A row of the table: its position in the answer, and the person once the worker has sent that block. */
interface TableRow {
  readonly index: number;
  readonly person: PeopleRow | undefined;
}

/** Widths in pixels, wide enough for typical values; long unit names are cut with an ellipsis and shown whole on hover. */
const widths: Record<PeopleColumn, number> = {
  fullName: 200,
  birthDate: 110,
  sex: 96,
  unit: 320,
  post: 190,
  partyCardNumber: 140,
  citizenId: 140,
  ethnicity: 100,
  religion: 110,
  professionalDegree: 170,
  politicalTheory: 140,
  memberStatus: 170,
  generalEducation: 140,
  stateManagement: 160,
};

// Module scope: the same column definitions on every render, as TanStack Table requires.
const columns: ColumnDef<typeof features, TableRow>[] = peopleColumns.map((id) => ({ id, size: widths[id], accessorFn: (row: TableRow) => row.person?.[id] ?? '' }));

interface RowCell {
  readonly column: PeopleColumn;
  readonly width: number;
}

interface PeopleTableRowProps {
  readonly index: number;
  /** Offset from the top of the body, in pixels. */
  readonly start: number;
  readonly person: PeopleRow | undefined;
  readonly selected: boolean;
  readonly cells: readonly RowCell[];
  label(key: string): string;
  onPick(index: number, person: PeopleRow | undefined): void;
}

/**
 * Memoised: while scrolling, only rows coming into view render; the rest keep their element and position
 * (a row's position is absolute, so it does not change as the window moves).
 */
const PeopleTableRow = memo(function PeopleTableRow({ index, start, person, selected, cells, label, onPick }: PeopleTableRowProps) {
  return (
    <tr id={`people-row-${index}`} aria-rowindex={index + 2} aria-selected={selected} className={person ? undefined : 'people-pending'} style={{ transform: `translateY(${start}px)` }} onClick={() => onPick(index, person)}>
      {cells.map(({ column, width }, position) => {
        const text = person ? cellText(person, column, label) : position === 0 ? label('people.table.loadingRow') : '';
        return (
          <td key={column} style={{ width }} title={column === 'unit' || column === 'post' ? text : undefined}>
            {text}
          </td>
        );
      })}
    </tr>
  );
});

export interface PeopleTableProps {
  readonly results: PeopleResults;
  readonly visibleColumns: readonly PeopleColumn[];
  readonly sort: PeopleSort;
  onSortChange(sort: PeopleSort): void;
  onOpen(personId: string): void;
}

/** Memoised: typing in the search box re-renders the page, but the table only when its answer or view changes. */
export const PeopleTable = memo(function PeopleTable({ results, visibleColumns, sort, onSortChange, onOpen }: PeopleTableProps) {
  const { t } = useTranslation();
  // Cells ask for the same few labels (sexes, statuses) over and over while scrolling: look each up once per language.
  const label = useMemo(() => {
    const labels = new Map<string, string>();
    return (key: string) => {
      let text = labels.get(key);
      if (text === undefined) labels.set(key, (text = t(key)));
      return text;
    };
  }, [t]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);
  const { total, version, rowAt, ensure, resultId, pending } = results;

  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 6 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => ensure(first, last + 1), [ensure, first, last]);

  // A new answer starts at the top, with nothing selected.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setSelected(-1);
  }, [resultId]);

  const data = useMemo<TableRow[]>(
    () => Array.from({ length: last - first + 1 }, (_, offset) => ({ index: first + offset, person: rowAt(first + offset) })),
    // `version` changes when rows arrive, which `rowAt` reads.
    [first, last, rowAt, version],
  );
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.direction === 'desc' }], [sort]);
  const columnVisibility = useMemo(() => Object.fromEntries(peopleColumns.map((column) => [column, visibleColumns.includes(column)])), [visibleColumns]);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      if (next) onSortChange({ column: next.id as PeopleColumn, direction: next.desc ? 'desc' : 'asc' });
    },
    [sorting, onSortChange],
  );

  const table = useTable({
    features,
    columns,
    data,
    // Keyed by slot in the window, not by person: a row scrolling in reuses the element of the one scrolling out, so
    // the browser changes texts instead of styling new elements (which made fast scrolling drop frames).
    getRowId: (row) => String(row.index % data.length),
    state: { sorting, columnVisibility },
    onSortingChange,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const visibleLeafColumns = table.getVisibleLeafColumns();
  const width = visibleLeafColumns.reduce((sum, column) => sum + column.getSize(), 0);
  const cellKey = visibleLeafColumns.map((column) => `${column.id}:${column.getSize()}`).join();
  // One array while the columns stay as they are, so rows that did not change skip rendering.
  const cells = useMemo<readonly RowCell[]>(() => visibleLeafColumns.map((column) => ({ column: column.id as PeopleColumn, width: column.getSize() })), [cellKey]);
  const onPick = useCallback(
    (index: number, person: PeopleRow | undefined) => {
      setSelected(index);
      if (person) onOpen(person.id);
    },
    [onOpen],
  );

  const select = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, () => void> = {
      ArrowDown: () => select(selected + 1),
      ArrowUp: () => select(selected - 1),
      PageDown: () => select(selected + page),
      PageUp: () => select(selected - page),
      Home: () => select(0),
      End: () => select(total - 1),
      Enter: () => {
        const person = rowAt(selected);
        if (person) onOpen(person.id);
      },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <div className="people-scroll" ref={scrollRef}>
      <table
        className="people-table"
        role="grid"
        aria-label={t('people.table.label')}
        aria-rowcount={total + 1}
        aria-busy={pending || data.some((row) => row.person === undefined)}
        aria-activedescendant={selected >= first && selected <= last ? `people-row-${selected}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ width }}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const label = t(`people.columns.${header.column.id}`);
                return (
                  <th key={header.id} style={{ width: header.getSize() }} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="people-sort" title={t('people.table.sortBy', { column: label })} onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      <span className="people-sort-mark" aria-hidden="true">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row, offset) => {
            const item = items[offset];
            if (!item) return null;
            return <PeopleTableRow key={row.id} index={item.index} start={item.start} person={row.original.person} selected={item.index === selected} cells={cells} label={label} onPick={onPick} />;
          })}
        </tbody>
      </table>
    </div>
  );
});
