import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup kolada hämta` and `sup kolada sök`: indicator values and KPI titles from Kolada. */
export function registerKolada({ program, io, global, setExitCode }: Registration): void {
  const kolada = program.command('kolada').description('hämta indikatorvärden från Kolada (Källa: Kolada) och sök nyckeltal');
  const fetchCommand = kolada
    .command('hämta')
    .alias('hamta')
    .description('hämta värdena för indikatorer med källan kolada per medlemskommun och år och skriv in dem i indikatorfilerna')
    .option('--år <år>', 'år att hämta, kommaseparerade, till exempel 2025,2026 (annars programmens giltighetsår fram till i år)')
    .option('--api-url <adress>', "adressen till Koladas API (annars https://api.kolada.se/v3)")
    .option('--offline', 'använd de sparade svaren i data/kolada/ i stället för nätet')
    .option('--today <datum>', 'hämtningsdatum ÅÅÅÅ-MM-DD som skrivs in (annars dagens datum)');
  fetchCommand.addOption(new Option('--ar <år>').hideHelp());
  fetchCommand.action(async (options: Record<string, string | boolean | undefined>) => {
    const { runKoladaFetch } = await import('../commands/kolada.js');
    setExitCode(await runKoladaFetch(global(), { years: (options.år ?? options.ar) as string | undefined, apiUrl: options.apiUrl as string | undefined, offline: options.offline === true, today: options.today as string | undefined }, io));
  });

  kolada
    .command('sök <text>')
    .alias('sok')
    .description('sök nyckeltal i Kolada på titel: visar id, titel, om det är könsuppdelat och publiceringsperiod')
    .option('--api-url <adress>', 'adressen till Koladas API (annars https://api.kolada.se/v3)')
    .action(async (text: string, options: { apiUrl?: string }) => {
      const { runKoladaSearch } = await import('../commands/kolada.js');
      setExitCode(await runKoladaSearch(text, global(), { apiUrl: options.apiUrl }, io));
    });
}
