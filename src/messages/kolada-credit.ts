import type { Lang } from './catalogue.js';
import { inLang } from './side-by-side.js';

/**
 * The credit lines for values from Kolada (src/kolada/source-line.ts), Swedish and English side by
 * side. "Källa: Kolada" is Kolada's own wording and stays so in both languages; sup's own
 * processing is never credited to Kolada.
 */

/** The methods a total over the member municipalities can be computed by. */
export type TotalMethod = 'medelvärde' | 'befolkningsviktat' | 'summa';

const CREDIT = {
  source: {
    sv: (kpi: string, date?: string) => `Källa: Kolada${kpi}${date === undefined ? '' : `, hämtad ${date}`}`,
    en: (kpi: string, date?: string) => `Källa: Kolada${kpi}${date === undefined ? '' : `, fetched ${date}`}`,
  },
  ownCalculation: {
    sv: (kpi: string) => `Egen beräkning utifrån Kolada${kpi}`,
    en: (kpi: string) => `Own calculation based on Kolada${kpi}`,
  },
  counted: {
    sv: (used: number, of: number) => ` (${used} av ${of} kommuner)`,
    en: (used: number, of: number) => ` (${used} of ${of} municipalities)`,
  },
  example: {
    sv: (kpi: string) => `Exempelvärden i Koladas format, inte hämtade från Kolada${kpi}`,
    en: (kpi: string) => `Example values in Kolada's format, not fetched from Kolada${kpi}`,
  },
  exampleCalculation: {
    sv: (method: string) => `Egen beräkning utifrån exempelvärdena: ${method}`,
    en: (method: string) => `Own calculation from the example values: ${method}`,
  },
  fetchDates: {
    sv: (dates: string) => `Värdena från Kolada hämtades ${dates}. Kolada kan revidera värden i efterhand utan att meddela det.`,
    en: (dates: string) => `The values from Kolada were fetched on ${dates}. Kolada may revise values afterwards without notice.`,
  },
  medelvärde: { sv: 'ovägt medelvärde av kommunernas värden', en: 'unweighted mean of the municipalities’ values' },
  befolkningsviktat: { sv: 'medelvärde viktat efter kommunernas befolkning', en: 'mean weighted by the municipalities’ population' },
  summa: { sv: 'summa av kommunernas värden', en: 'sum of the municipalities’ values' },
} satisfies Record<string, Record<Lang, unknown>> & Record<TotalMethod, Record<Lang, string>>;

/** The credit lines in one language. */
export function creditMessages(lang: Lang) {
  return inLang(CREDIT, lang);
}
