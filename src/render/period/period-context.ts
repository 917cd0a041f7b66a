import type { SavedRecord } from '../../kolada/saved-record.js';
import type { FigureContext } from '../blocks/indicator-figures.js';
import type { Labels } from '../template.js';
import { fill } from '../template.js';
import type { PeriodData } from './collect-period.js';

/** The shared words the follow-up takes from etiketter.yaml, so a project's own wording is the same in every document. */
export const SHARED_LABEL_KEYS = [
  'saknas', 'utkast', 'utkast_text', 'kol_status', 'kol_ansvarig', 'kol_aktivitet', 'kol_budget', 'kol_utfall_kr',
  'kol_avvikelse_kr', 'kol_avvikelse_procent', 'summa', 'kol_bedömning', 'kol_motivering', 'kol_delmål',
  // The indicators' crediting, the same words as the årsredovisning's.
  'ej_verifierad', 'södertörn_rad', 'källa_kolada', 'källa_egen', 'källa_annan', 'kpi',
] as const;

/** The follow-up's own words, in etiketter-slutuppfoljning.yaml. */
export const PERIOD_LABEL_KEYS = [
  'period_exempel_text', 'program_rad', 'program_utkast', 'revidering_rad', 'beslut_alla', 'beslut_saknas_rad', 'kol_år',
  'kol_verksamhetsplan', 'kol_årsredovisning', 'dokument_beslutat', 'dokument_ej_beslutat', 'dokument_exempel', 'ingen_plan',
  'ingen_årsredovisning', 'kol_utveckling', 'ej_bedömt_år', 'rubrik_delmål_per_år', 'inga_delmål_perioden', 'inga_mål',
  'indikator_slut', 'indikator_slut_utan_mål', 'inga_indikatorer_perioden', 'rubrik_år', 'aktiviteter_år', 'kol_fortsätter_i',
  'år_utan_plan', 'år_utan_årsredovisning', 'kol_från_år', 'kol_till_år', 'kol_status_året', 'kol_status_nu', 'kol_fortsättning',
  'inga_överföringar', 'överföringar_antal', 'ekonomi_summa_rad', 'ekonomi_summa_utan_utfall', 'att_beakta_inget', 'rubrik_fynd_år', 'rubrik_fynd_mål',
  'rubrik_fynd_indikatorer', 'rubrik_fynd_aktiviteter', 'rubrik_fynd_beslut', 'fynd_ingen_plan', 'fynd_ingen_årsredovisning',
  'fynd_mål_utan_aktivitet', 'fynd_indikator_utan_värden', 'fynd_indikator_utan_målvärde', 'fynd_indikator_ej_nådd',
  'fynd_aktivitet_ej_genomförd', 'fynd_aktivitet_ej_fortsatt', 'fynd_aktivitet_avbruten', 'fynd_beslut_saknas', 'fynd_fler',
] as const;

/** A key of either labels file. */
export type PeriodLabelKey = (typeof SHARED_LABEL_KEYS)[number] | (typeof PERIOD_LABEL_KEYS)[number];

/** What every block of the follow-up can use. */
export interface PeriodContext {
  period: PeriodData;
  draft: boolean;
  /** A label with its {{names}} filled in; an unknown name is an error at the label's line. */
  t(key: PeriodLabelKey, vars?: Record<string, string>): string;
  /** The saved Kolada responses: fetch dates and example files, for the crediting. */
  kolada: SavedRecord;
  /** The indicators' figures: numbered from 1, drawn up to the period's last year. */
  figures: FigureContext;
}

/** Builds the context from both labels files (read by the CLI, as every asset of a document). */
export function periodContext(labels: { shared: Labels; own: Labels }, period: PeriodData, draft: boolean, kolada: SavedRecord): PeriodContext {
  const { shared, own } = labels;
  const pick = (key: string): Labels => (Object.hasOwn(own.text, key) && (PERIOD_LABEL_KEYS as readonly string[]).includes(key) ? own : shared);
  const t = (key: PeriodLabelKey, vars: Record<string, string> = {}) => {
    const labels = pick(key);
    return fill(labels.text[key]!, vars, { file: labels.path, ...(labels.where[key] ?? { line: 1, column: 1 }) });
  };
  let figures = 0;
  return {
    period,
    draft,
    t,
    kolada,
    figures: { t, kolada, populations: period.populations, upTo: period.to, nextFigure: () => ++figures },
  };
}
