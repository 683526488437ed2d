/** The table of a workflow list (pools, terms ending, decisions): a bordered table that scrolls sideways when wide. */
import type { ReactNode } from 'react';

export interface WorkColumn {
  readonly label: ReactNode;
  readonly className?: string;
}

export function WorkTable({ columns, children }: { columns: readonly (string | WorkColumn)[]; children: ReactNode }) {
  return (
    <div className="work-table-scroll">
      <table className="work-table">
        <thead>
          <tr>
            {columns.map((column, index) =>
              typeof column === 'string' ? (
                <th scope="col" key={index}>
                  {column}
                </th>
              ) : (
                <th scope="col" key={index} className={column.className}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
