/**
 * The catalogs of each language, one file per area of the app, merged into one tree of texts.
 * Areas keep their own files so that work on one screen never edits another's texts.
 */
import enCore from './en/core.json';
import viCore from './vi/core.json';
import enExchange from './en/exchange.json';
import viExchange from './vi/exchange.json';
import enExchangeUi from './en/exchange-ui.json';
import viExchangeUi from './vi/exchange-ui.json';
import enPeople from './en/people.json';
import viPeople from './vi/people.json';
import enPerson from './en/person.json';
import viPerson from './vi/person.json';
import enOrganizations from './en/organizations.json';
import viOrganizations from './vi/organizations.json';
import enDashboard from './en/dashboard.json';
import viDashboard from './vi/dashboard.json';
import enReports from './en/reports.json';
import viReports from './vi/reports.json';
import enReportsUi from './en/reports-ui.json';
import viReportsUi from './vi/reports-ui.json';
import enWorkflows from './en/workflows.json';
import viWorkflows from './vi/workflows.json';
import enReminders from './en/reminders.json';
import viReminders from './vi/reminders.json';
import enAdmission from './en/admission.json';
import viAdmission from './vi/admission.json';
import enEvaluation from './en/evaluation.json';
import viEvaluation from './vi/evaluation.json';
import enPlanning from './en/planning.json';
import viPlanning from './vi/planning.json';
import enConduct from './en/conduct.json';
import viConduct from './vi/conduct.json';
import enTraining from './en/training.json';
import viTraining from './vi/training.json';

export type Catalog = { readonly [key: string]: string | Catalog };

export const catalogFiles: { readonly vi: readonly Catalog[]; readonly en: readonly Catalog[] } = {
  vi: [viCore, viExchange, viExchangeUi, viPeople, viPerson, viOrganizations, viDashboard, viReports, viReportsUi, viWorkflows, viEvaluation, viPlanning, viTraining, viAdmission, viReminders, viConduct],
  en: [enCore, enExchange, enExchangeUi, enPeople, enPerson, enOrganizations, enDashboard, enReports, enReportsUi, enWorkflows, enEvaluation, enPlanning, enTraining, enAdmission, enReminders, enConduct],
};

/** Deep merge; two files defining the same text is a mistake, reported rather than silently resolved. */
export function mergeCatalogs(files: readonly Catalog[]): Catalog {
  const merge = (target: Record<string, string | Catalog>, source: Catalog, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = Object.hasOwn(target, key) ? target[key] : undefined;
      if (existing === undefined) target[key] = typeof value === 'string' ? value : merge({}, value, `${path}${key}.`);
      else if (typeof existing !== 'string' && typeof value !== 'string') merge(existing as Record<string, string | Catalog>, value, `${path}${key}.`);
      else throw new Error(`Translation key ${path}${key} is defined twice`);
    }
    return target;
  };
  return files.reduce<Record<string, string | Catalog>>((merged, file) => merge(merged, file, ''), {});
}
