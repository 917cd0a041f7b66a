import { fillPlaceholders } from '../util/placeholders.js';

/** The names a template of templates/ny/ may use. */
export interface NewTemplateVars {
  /** The path of the kind's schema, relative to the new file, for `# yaml-language-server: $schema={{schema}}`. */
  schema: string;
}

/**
 * The older spelling of a placeholder (`__SCHEMA__`), still read in a project's own templates/ny/
 * and documented as deprecated in docs/commands/new.md: `{{schema}}` is the one syntax now.
 */
const OLD_STYLE = /__([A-Z][A-Z_]*[A-Z])__/g;

/**
 * Fills the placeholders of a template for a new file: `{{schema}}`, and in a project's own
 * template (`own`) also the deprecated `__SCHEMA__`. Any other `{{…}}` or `__…__` is left as it
 * is: a project's template may say `{{` in a description, and it was always kept so.
 */
export function fillNewPlaceholders(text: string, vars: NewTemplateVars, own: boolean): string {
  const value = (name: string) => (name === 'schema' ? vars.schema : undefined);
  const filled = fillPlaceholders(text, value, (_name, _offset, match) => match);
  return own ? filled.replace(OLD_STYLE, (match: string, name: string) => value(name.toLowerCase()) ?? match) : filled;
}
