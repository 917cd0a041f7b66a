import type { Registration } from './types.js';

/** `sup lsp`. */
export function registerLsp({ program, io, text, global, setExitCode }: Registration): void {
  program
    .command('lsp')
    .description(text('lsp'))
    .option('--stdio', text('lsp.stdio'))
    .option('--today <datum>', text('today'))
    .action(async (options) => {
      const { runLsp } = await import('../commands/lsp.js');
      setExitCode(await runLsp(global(), options, io));
    });
}
