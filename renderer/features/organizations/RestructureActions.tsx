import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The restructurings an office may decide on one of its own units; each opens its form at `/organizations/:unitId/:action`. */
export const restructureActions = ['add', 'rename', 'move', 'merge', 'split', 'dissolve'] as const;
export type RestructureAction = (typeof restructureActions)[number];

export function isRestructureAction(value: string | undefined): value is RestructureAction {
  return (restructureActions as readonly (string | undefined)[]).includes(value);
}

export function RestructureActions({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="restructure-actions" aria-label={t('organizations.actions.label')}>
      <ul>
        {restructureActions.map((action) => (
          <li key={action}>
            <Link className="button" to={`/organizations/${unitId}/${action}`}>
              {t(`organizations.actions.${action}.button`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
