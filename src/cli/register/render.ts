import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup report <år>`, `sup report --period <period>` and `sup plan <år>`. */
export function registerRender({ program, io, global, setExitCode }: Registration): void {
  const add = (name: string, kind: 'årsredovisning' | 'verksamhetsplan', description: string) => {
    const command = program
      .command(kind === 'årsredovisning' ? `${name} [år]` : `${name} <år>`)
      .description(description)
      .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['md', 'html', 'pdf']).default('md'))
      .option('-o, --output <fil>', 'skriv till filen (annars till standard ut)')
      .option('--draft', 'återge även om datan har fel, med varje sida märkt UTKAST')
      .option('--today <datum>', 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)')
      .option('--no-cache', 'läs om varje fil i stället för att använda .sup-cache/');
    if (kind === 'årsredovisning') command.option('--period <period>', 'återge slutuppföljningen av en programperiod, till exempel 2023-2026 eller sup-2040');
    command.action(async (year: string | undefined, options) => {
      if (kind === 'årsredovisning') {
        const { runReportChoice } = await import('../commands/report-choice.js');
        setExitCode(await runReportChoice(year, global(), options, io));
        return;
      }
      const { runRender } = await import('../commands/render.js');
      setExitCode(await runRender(kind, year ?? '', global(), options, io));
    });
  };
  add('report', 'årsredovisning', 'återge årsredovisningen för ett år, eller med --period slutuppföljningen av en programperiod, som Markdown, HTML eller PDF');
  add('plan', 'verksamhetsplan', 'återge verksamhetsplanen för ett år som Markdown, HTML eller PDF');
}
