import type { FileSource } from '../source/file-source.js';
import type { Catalogue } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ProjectConfig } from '../load/project.js';
import { getValidators } from './schemas.js';
import { mapSchemaErrors } from './validate-file.js';
import { CONFIG_FILE } from '../load/find-root.js';
import { loadFile } from '../load/load-file.js';
import type { SourceFile } from '../load/source-file.js';

export const DEFAULT_DATA = ['data/**/*.md', 'data/**/*.yaml', 'data/**/*.yml'];

/** Reads and validates sup.yaml; an invalid file gives diagnostics and the defaults. */
export function loadConfig(source: FileSource, msg: Catalogue): { config: ProjectConfig; file: SourceFile; diagnostics: Diagnostic[] } {
  const { file, diagnostics } = loadFile(source, CONFIG_FILE, msg, undefined, { kind: 'config' });
  const config: ProjectConfig = { data: DEFAULT_DATA, undanta: [], regler: {} };
  if (diagnostics.length > 0 || file.data === undefined) return { config, file, diagnostics };
  const errors = getValidators().validateConfig(file.data);
  if (errors.length > 0) {
    diagnostics.push(...mapSchemaErrors(file, errors, msg));
    return { config, file, diagnostics };
  }
  const data = file.data as Partial<ProjectConfig>;
  return {
    config: {
      namn: data.namn,
      data: data.data ?? DEFAULT_DATA,
      undanta: data.undanta ?? [],
      språk: data.språk,
      regler: data.regler ?? {},
      ...(data.granskare ? { granskare: data.granskare } : {}),
    },
    file,
    diagnostics,
  };
}
