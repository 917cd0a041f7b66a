import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup kolada hämta` and `sup kolada sök`: indicator values and KPI titles from Kolada. */
export function registerKolada({ program, io, text, global, setExitCode }: Registration): void {
  const kolada = program.command('kolada').description(text('kolada'));
  const fetchCommand = kolada
    .command('hämta')
    .alias('hamta')
    .description(text('kolada.hämta'))
    .option('--år <år>', text('kolada.hämta.år'))
    .option('--api-url <adress>', text('api-url'))
    .option('--offline', text('kolada.hämta.offline'))
    .option('--today <datum>', text('kolada.hämta.today'));
  fetchCommand.addOption(new Option('--ar <år>').hideHelp());
  fetchCommand.action(async (options: Record<string, string | boolean | undefined>) => {
    const { runKoladaFetch } = await import('../commands/kolada.js');
    setExitCode(await runKoladaFetch(global(), { years: (options.år ?? options.ar) as string | undefined, apiUrl: options.apiUrl as string | undefined, offline: options.offline === true, today: options.today as string | undefined }, io));
  });

  kolada
    .command('sök <text>')
    .alias('sok')
    .description(text('kolada.sök'))
    .option('--api-url <adress>', text('api-url'))
    .action(async (text: string, options: { apiUrl?: string }) => {
      const { runKoladaSearch } = await import('../commands/kolada.js');
      setExitCode(await runKoladaSearch(text, global(), { apiUrl: options.apiUrl }, io));
    });
}
