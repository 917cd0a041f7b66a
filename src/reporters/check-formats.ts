/**
 * The output formats of `sup check`, by name: the one list that the `--format` choices come from
 * and that the dispatch in src/cli/commands/check.ts is typed against (a name without a
 * formatter, or a formatter without a name, does not compile). Names only, so that
 * registering the command loads no reporter.
 */
export const CHECK_FORMATS = ['pretty', 'json', 'github', 'sarif', 'junit'] as const;

/** A `sup check` output format. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Whether a value names a `sup check` output format. */
export function isCheckFormat(value: string): value is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(value);
}
