import { checkProject } from '../check/check-project.js';
import type { EditHooks, EditOutcome } from '../edit/commit.js';
import { checkWithChange } from '../edit/check-change.js';
import type { FileChange } from '../edit/check-change.js';
import { writeAllOrNothing } from '../edit/write-files.js';
import { editMsg } from '../messages/edit.js';
import type { Lang } from '../messages/catalogue.js';
import { entitiesOf, num, obj } from '../load/project.js';
import type { Project } from '../load/project.js';
import { applyValuesToFile } from './apply-values.js';
import type { ValueChange } from './apply-values.js';
import type { KoladaRow } from './envelope.js';
import { fetchData } from './fetch-data.js';
import { koladaIndicators, members, RIKET } from './kolada-indicators.js';
import { koladaMsg } from '../messages/kolada.js';
import { pickValues } from './pick-values.js';
import { KoladaRequester } from './request.js';
import type { KoladaDeps, ReceivedPage } from './request.js';
import { readSaved, savedPath, serializeSaved } from './saved-responses.js';

/** The default address of Kolada's API. */
export const KOLADA_API = 'https://api.kolada.se/v3';

export interface KoladaFetchOptions {
  root: string;
  lang: Lang;
  /** The years to fetch; by default those of the programmes' periods up to this year. */
  years?: number[];
  apiUrl?: string;
  /** Read the saved responses under data/kolada/ instead of the network. */
  offline?: boolean;
  /** Today's date, YYYY-MM-DD: the fetch date recorded. */
  today: string;
  deps: KoladaDeps;
  hooks?: EditHooks;
}

/** The years of every programme's period up to `today`'s year. */
export function defaultYears(project: Project, today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  const years = new Set<number>();
  for (const program of entitiesOf(project, 'program')) {
    const period = obj(program.data, 'giltighet');
    const from = period && num(period, 'från');
    const to = period && num(period, 'till');
    if (from === undefined || to === undefined || to - from > 50) continue;
    for (let y = from; y <= Math.min(to, thisYear); y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * `sup kolada hämta`: fetches (or reads from saved responses) the values of every Kolada
 * indicator for the member municipalities, and writes them into the indicator files together with
 * the responses, as one change: checked in memory first, then all files or none.
 */
export async function fetchIndicators(options: KoladaFetchOptions): Promise<EditOutcome & { changes?: ValueChange[] }> {
  const say = koladaMsg(options.lang);
  const before = checkProject({ root: options.root, lang: options.lang, today: options.today, cache: true });
  const project = before.project;
  const indicators = koladaIndicators(project);
  if (indicators.length === 0) return { status: 'unchanged', message: say.nothing() };
  const years = options.years ?? defaultYears(project, options.today);
  if (years.length === 0) return { status: 'refused', message: say.noYears() };
  const people = members(project);
  const api = (options.apiUrl ?? KOLADA_API).replace(/\/+$/, '');

  let rows: KoladaRow[];
  let fetched: string;
  let savedFile: { path: string; content: Buffer } | undefined;
  let savedFrom: string | undefined;
  // KPIs whose saved rows are invented examples only (`exempel: true`): never reported as "Källa: Kolada".
  let exampleKpis = new Set<string>();
  let onlyExamples = false;
  if (options.offline) {
    const saved = readSaved(project.source);
    if (!saved.ok) return { status: 'failed', message: say.savedFailed(saved.problem) };
    // Later fetches replace earlier ones row by row: Kolada revises its data.
    rows = saved.files.flatMap((f) => f.saved.svar.flatMap((s) => s.body.values));
    const last = saved.files.at(-1)!;
    fetched = last.saved.hämtad;
    savedFrom = saved.files.map((f) => f.path).join(', ');
    const kpisOf = (files: typeof saved.files) => new Set(files.flatMap((f) => f.saved.svar.flatMap((p) => p.body.values.map((r) => r.kpi))));
    const live = kpisOf(saved.files.filter((f) => f.saved.exempel !== true));
    exampleKpis = new Set([...kpisOf(saved.files.filter((f) => f.saved.exempel === true))].filter((k) => !live.has(k)));
    onlyExamples = saved.files.every((f) => f.saved.exempel === true);
  } else {
    const requester = new KoladaRequester(api, options.deps);
    const codes = [...people.map((m) => m.code), ...(indicators.some((i) => i.riket) ? [RIKET] : [])];
    const got = await fetchData(requester, { kpis: indicators.map((i) => i.kpi), municipalities: codes, years });
    if (!got.ok) return { status: 'failed', message: say.failed(got.failure) };
    rows = got.pages.flatMap((p: ReceivedPage<KoladaRow>) => p.body.values);
    fetched = options.today;
    savedFile = { path: savedPath(fetched), content: serializeSaved(fetched, api, got.pages) };
  }

  const genders = new Map(indicators.map((i) => [i.kpi, i.gender] as const));
  const { values, noGender } = pickValues(rows, genders);
  const changes: (FileChange & { expected?: Buffer })[] = [];
  const valueChanges: ValueChange[] = [];
  const byFile = new Map<string, typeof indicators>();
  for (const i of indicators) byFile.set(i.entity.file.path, [...(byFile.get(i.entity.file.path) ?? []), i]);
  for (const [file, list] of byFile) {
    const resolved = project.source.resolve(file);
    if (!resolved.ok) return { status: 'failed', message: say.unreadable(file) };
    if (resolved.path !== file) return { status: 'refused', message: say.link(file) };
    const read = project.source.read(file, 'data');
    if (!read.ok) return { status: 'failed', message: say.unreadable(file) };
    let content = read.bytes;
    for (const indicator of list) {
      let applied;
      try {
        applied = applyValuesToFile(content, file, indicator, values, years, people, fetched);
      } catch {
        // The editor refuses layouts it cannot change without touching other text.
        return { status: 'refused', message: editMsg(options.lang).layout(file, 'utfall') };
      }
      if (!applied) return { status: 'refused', message: say.unreadable(file) };
      content = applied.content;
      valueChanges.push(...applied.changes);
    }
    if (!content.equals(read.bytes)) changes.push({ path: file, content, expected: read.bytes });
  }
  if (savedFile) {
    const existing = project.source.read(savedFile.path, 'data');
    changes.push({ path: savedFile.path, content: savedFile.content, expected: existing.ok ? existing.bytes : undefined });
  }

  const kpiOf = new Map(indicators.map((i) => [i.entity.id, i.kpi] as const));
  const details = valueChanges.map((c) => say.change(c.kommun, c.year, c.old, c.new, c.indicator, exampleKpis.has(kpiOf.get(c.indicator) ?? '')));
  for (const kpi of noGender) details.push(say.noGender(kpi, genders.get(kpi) ?? 'T'));
  for (const i of indicators) if (!i.verified) details.push(say.unverified(i.kpi, i.entity.id));
  const message = options.offline ? say.offline(valueChanges.length, savedFrom!, onlyExamples) : say.fetched(valueChanges.length, savedFile?.path);
  if (changes.length === 0) return { status: 'unchanged', message, changes: valueChanges };

  const check = checkWithChange(before, changes, { lang: options.lang, today: options.today });
  if (check.addedErrors.length > 0) return { status: 'refused', message: say.refused(), diagnostics: check.addedErrors, source: check.source };
  const failure = writeAllOrNothing(options.root, changes, options.hooks);
  if (failure) return { status: 'failed', message: editMsg(options.lang).writeFailed(failure.path, failure.code, failure.reason) };
  return { status: 'written', message, details, warnings: check.addedWarnings, source: check.source, changes: valueChanges };
}
