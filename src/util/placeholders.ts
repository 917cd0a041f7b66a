/**
 * The one placeholder syntax of sup's templates: `{{name}}`, as in the document templates and
 * labels (spaces inside the braces allowed, the name letters, digits, _ and -). A GitHub
 * expression such as `${{ github.token }}` has a dot in it and is no placeholder.
 */
export const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_-]+)\s*\}\}/gu;

/**
 * Replaces each `{{name}}` in `text` by `value(name)`; for a name it does not know (undefined),
 * `unknown(name, offset)` decides: throw, or return the text to put there.
 */
export function fillPlaceholders(text: string, value: (name: string) => string | undefined, unknown: (name: string, offset: number, match: string) => string): string {
  return text.replace(PLACEHOLDER, (match: string, name: string, offset: number) => value(name) ?? unknown(name, offset, match));
}

/** A lookup in a plain record that only sees its own keys (a name such as constructor is unknown). */
export function ownValue(vars: Readonly<Record<string, string>>): (name: string) => string | undefined {
  return (name) => (Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined);
}
