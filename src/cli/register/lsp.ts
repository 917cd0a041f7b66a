import type { Registration } from './types.js';

/** `sup lsp`. */
export function registerLsp({ program, io, global, setExitCode }: Registration): void {
  program
    .command('lsp')
    .description('språkserver (LSP) över stdio för redigerare: samma kontroller som sup check medan du skriver, gå till definition, komplettering, hovring och namnbyte')
    .option('--stdio', 'kommunicera över stdin och stdout (standard, det enda sättet)')
    .option('--today <datum>', 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)')
    .action(async (options) => {
      const { runLsp } = await import('../commands/lsp.js');
      setExitCode(await runLsp(global(), options, io));
    });
}
