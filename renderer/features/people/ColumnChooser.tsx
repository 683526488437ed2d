/** Which columns the table shows; at least one always stays. */
import { useTranslation } from 'react-i18next';
import { peopleColumns, type PeopleColumn } from '../../../shared/people-index/query';
import { Menu } from './Menu';
import { orderedColumns } from './saved-views';

export function ColumnChooser({ columns, onChange }: { columns: readonly PeopleColumn[]; onChange(columns: PeopleColumn[]): void }) {
  const { t } = useTranslation();
  const onlyOne = columns.length === 1;
  return (
    <Menu label={t('people.chooser.button')}>
      <fieldset className="people-menu-panel">
        <legend>{t('people.chooser.title')}</legend>
        {peopleColumns.map((column) => {
          const shown = columns.includes(column);
          return (
            <label key={column} className="people-check">
              <input
                type="checkbox"
                checked={shown}
                disabled={shown && onlyOne}
                onChange={(event) => onChange(orderedColumns(event.target.checked ? [...columns, column] : columns.filter((each) => each !== column)))}
              />
              {t(`people.columns.${column}`)}
            </label>
          );
        })}
        {onlyOne && <p className="field-hint">{t('people.chooser.keepOne')}</p>}
      </fieldset>
    </Menu>
  );
}
