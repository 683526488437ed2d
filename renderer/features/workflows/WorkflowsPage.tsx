import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { workflows } from './workflow-registry';
import './workflows.css';

/** The index of the office's workflows: what each is for, one click to open it. */
export function WorkflowsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.title')}</h1>
      <p className="muted">{t('workflows.intro')}</p>
      <ul className="workflow-list">
        {workflows.map(({ slug }) => (
          <li key={slug}>
            <Link to={`/work/${slug}`}>{t(`workflows.${slug}.title`)}</Link>
            <p>{t(`workflows.${slug}.summary`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
