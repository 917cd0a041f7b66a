import type { Labels } from './template.js';
import { fill } from './template.js';
import type { SavedRecord } from '../kolada/saved-record.js';
import { EMPTY_SAVED } from '../kolada/saved-record.js';
import type { YearData } from './year-data.js';

/** The label keys the renderers use; etiketter.yaml must define each of them. */
export const LABEL_KEYS = [
  'beslutad', 'ej_beslutad', 'utkast', 'utkast_text', 'exempel_text', 'saknas', 'källa_kolada', 'källa_egen', 'källa_annan', 'kpi',
  'bedömning_registrerad', 'bedömning_beräknad', 'nyckeltal_aktiviteter', 'nyckeltal_budget', 'kol_status', 'kol_antal',
  'kol_bedömning', 'kol_mål', 'kol_nätverk', 'kol_organ', 'kol_uppgift', 'kol_kommun', 'kol_roll', 'kol_namn',
  'arbetsgrupp_till', 'figur_målstruktur', 'figur_mål_och_nätverk', 'figur_målstruktur_text', 'figur_målstruktur_rad',
  'figur_mål_och_nätverk_text', 'figur_mål_och_nätverk_rad', 'ingår_i_programmet', 'ingår_i_planen',
  'ägs_av', 'bedömning_rad', 'utveckling_rad', 'ej_bedömt', 'rubrik_delmål',
  'rubrik_indikatorer', 'rubrik_aktiviteter', 'rubrik_effekter', 'inga_delmål', 'inga_indikatorer', 'inga_aktiviteter',
  'inga_effekter', 'kol_delmål', 'kol_motivering', 'kol_indikator', 'kol_källa', 'kol_basvärde', 'kol_föregående', 'kol_utfall',
  'kol_målvärde', 'kol_trend', 'kol_aktivitet', 'kol_ansvarig', 'kol_resultat', 'trend_positiv', 'trend_negativ',
  'trend_oförändrad', 'trend_saknas', 'kol_post', 'kol_budget', 'kol_utfall_kr', 'kol_avvikelse_kr', 'kol_avvikelse_procent',
  'kol_kommentar', 'summa', 'inget_flyttas', 'kol_period', 'kol_medverkande', 'inga_kommunvärden',
  'kol_budget_aktivitet', 'aktiviteter_för', 'aktiviteter_för_övergripande', 'aktiviteter_för_långsiktigt', 'övriga_aktiviteter', 'principer_inledning', 'förklaring_bedömning',
  'förklaring_utveckling', 'förklaring_trend', 'förklaring_saknas', 'förklaring_indikator', 'förklaring_avvikelse',
  'diarienummer',
  'paragraf_rad',
  'justerad_rad',
  'inget_förslag',
  'förslag_inledning',
  'förslag_att',
  'inget_presidium',
  'kol_uppdrag',
  'uppdrag_ordförande',
  'uppdrag_vice_ordförande',
  'uppdrag_ledningsgruppens_ordförande',
  'inga_sammanträden',
  'sammanträden_antal',
  'sammanträden_antal_utan_konferens',
  'kol_datum',
  'kol_slag',
  'kol_företrädda',
  'kol_protokoll',
  'samtliga_kommuner',
  'inga_skrivelser',
  'kol_titel',
  'kol_mottagare',
  'kol_diarienummer',
  'ingen_kostnadsfördelning',
  'fördelning_fasta',
  'fördelning_folkmängd',
  'kol_andel',
  'kol_avgift',
  'ingen_finansiering',
  'kol_avgift_enligt_plan',
  'kol_inbetalt',
  'summa_intäkter',
  'kol_resultaträkning',
  'rad_intäkter',
  'rad_kostnader',
  'rad_resultat',
  'resultat_överskott',
  'resultat_underskott',
  'rubrik_disposition',
  'disposition_rad',
  'se_ovan',
  'kol_redovisas',
  'ej_verifierad',
  'södertörn_rad',
  'södertörn_metod_medelvärde',
  'södertörn_metod_befolkningsviktat',
  'södertörn_metod_summa',
  'kol_definition',
  'kol_enhet',
  'kol_riktning',
  'kol_sammanvägning',
  'sammanvägning_medelvärde',
  'sammanvägning_befolkningsviktat',
  'sammanvägning_summa',
  'sammanvägning_ingen',
  'kol_delmål_antal',
  'kol_programmål_antal',
] as const;

export type LabelKey = (typeof LABEL_KEYS)[number];

/** What every block of a document can use. */
export interface RenderContext {
  data: YearData;
  draft: boolean;
  /** A label from etiketter.yaml with its {{names}} filled in. */
  t(key: LabelKey, vars?: Record<string, string>): string;
  /** The next figure's number: figures are numbered from 1 in the order the document shows them. */
  nextFigure(): number;
  /** The saved Kolada responses: fetch dates and example files, for the crediting. */
  kolada: SavedRecord;
  /** The programme in force in the year whose recorded adoption lacks member kommuner's decisions (their names). */
  undecided?: { program: string; kommuner: string[] };
}

/** What a document knows beyond the year's data. */
export interface ContextExtras {
  kolada?: SavedRecord;
  undecided?: { program: string; kommuner: string[] };
}


/** Builds the context for one document. A label naming an unknown {{name}} is an error at its line. */
export function renderContext(data: YearData, labels: Labels, draft: boolean, extras: ContextExtras = {}): RenderContext {
  let figures = 0;
  return {
    data,
    draft,
    kolada: extras.kolada ?? EMPTY_SAVED,
    ...(extras.undecided ? { undecided: extras.undecided } : {}),
    nextFigure: () => ++figures,
    t: (key, vars = {}) => fill(labels.text[key]!, vars, { file: labels.path, ...(labels.where[key] ?? { line: 1, column: 1 }) }),
  };
}
