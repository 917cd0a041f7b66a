import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup diff <base> [<head>]`. */
export function registerDiff({ program, io, global, setExitCode }: Registration): void {
  program
    .command('diff <bas> [topp]')
    .description('visa vad som ändrats i datan mellan två versioner i git (topp: arbetskopian), post för post')
    .addOption(new Option('-f, --format <format>', 'utdataformat: md (för en kommentar i en pull request) eller json').choices(['md', 'json']).default('md'))
    .action(async (base: string, head: string | undefined, options) => {
      const { runDiff } = await import('../commands/diff.js');
      setExitCode(await runDiff(base, head, global(), options, io));
    });
}

/** `sup codeowners`. */
export function registerCodeowners({ program, io, global, setExitCode }: Registration): void {
  program
    .command('codeowners')
    .description('skriv CODEOWNERS ur datan: nätverkens medlemmar äger sina mål, aktiviteter och nätverk')
    .option('-o, --output <fil>', 'skriv till filen (standard: .github/CODEOWNERS, med --forge gitlab .gitlab/CODEOWNERS, i git-förrådets rot; - för standard ut)')
    .addOption(new Option('--forge <tjänst>', 'git-tjänsten som läser filen').choices(['github', 'gitlab']).default('github'))
    .option('--check', 'skriv inget; avsluta med kod 1 om filen inte stämmer med datan (för CI)')
    .action(async (options) => {
      const { runCodeowners } = await import('../commands/codeowners.js');
      setExitCode(await runCodeowners(global(), options, io));
    });
}
