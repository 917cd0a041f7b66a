import { entitiesOf, obj, str } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';

/** Koladas KPI ids: N or U and five digits (checked again here: the id goes into a URL path). */
const KPI_ID = /^[NU][0-9]{5}$/;
/** SCB's municipality codes. */
const CODE = /^[0-9]{4}$/;
/** Kolada's code for the whole country. */
export const RIKET = '0000';

/** An indicator whose values come from Kolada. */
export interface KoladaIndicator {
  entity: Entity;
  kpi: string;
  gender: 'T' | 'K' | 'M';
  riket: boolean;
  /** False unless `källa.verifierad` says where the id was checked against Kolada's title (and not "ej verifierad"). */
  verified: boolean;
}

/** A member municipality with its code. */
export interface Member {
  id: string;
  name: string;
  code: string;
}

/** The indicators with `källa.typ: kolada` and a well-formed KPI id, in file order. */
export function koladaIndicators(project: Project): KoladaIndicator[] {
  const out: KoladaIndicator[] = [];
  for (const entity of entitiesOf(project, 'indikator')) {
    const source = obj(entity.data, 'källa');
    const kpi = source && str(source, 'kpi');
    if (!source || str(source, 'typ') !== 'kolada' || !kpi || !KPI_ID.test(kpi)) continue;
    const gender = str(source, 'kön');
    const verified = source.verifierad === true ? 'ja' : str(source, 'verifierad');
    out.push({ entity, kpi, gender: gender === 'K' || gender === 'M' ? gender : 'T', riket: source.riket === true, verified: verified !== undefined && !/^ej verifierad/i.test(verified.trim()) });
  }
  return out;
}

/** The member municipalities from kommuner.yaml with a valid code, in file order. */
export function members(project: Project): Member[] {
  return entitiesOf(project, 'kommun')
    .map((e) => ({ id: e.id, name: str(e.data, 'namn') ?? e.id, code: str(e.data, 'kommunkod') ?? '' }))
    .filter((m) => CODE.test(m.code) && m.code !== RIKET);
}
