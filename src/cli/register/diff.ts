import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup diff <base> [<head>]`. */
export function registerDiff({ program, io, text, global, setExitCode }: Registration): void {
  program
    .command('diff <bas> [topp]')
    .description(text('diff'))
    .addOption(new Option('-f, --format <format>', text('diff.format')).choices(['md', 'json']).default('md'))
    .action(async (base: string, head: string | undefined, options) => {
      const { runDiff } = await import('../commands/diff.js');
      setExitCode(await runDiff(base, head, global(), options, io));
    });
}

/** `sup codeowners`. */
export function registerCodeowners({ program, io, text, global, setExitCode }: Registration): void {
  program
    .command('codeowners')
    .description(text('codeowners'))
    .option('-o, --output <fil>', text('codeowners.output'))
    .addOption(new Option('--forge <tjänst>', text('codeowners.forge')).choices(['github', 'gitlab']).default('github'))
    .option('--check', text('codeowners.check'))
    .action(async (options) => {
      const { runCodeowners } = await import('../commands/codeowners.js');
      setExitCode(await runCodeowners(global(), options, io));
    });
}
