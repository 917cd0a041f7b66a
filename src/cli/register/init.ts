import type { Registration } from './types.js';

/** `sup init [mapp]`. */
export function registerInit({ program, io, text, global, setExitCode }: Registration): void {
  program
    .command('init [mapp]')
    .description(text('init'))
    .option('--from-example', text('init.from-example'))
    .option('--force', text('init.force'))
    .option('--sup-spec <spec>', text('init.sup-spec'))
    .option('--uppdatera', text('init.uppdatera'))
    .action(async (dir: string | undefined, options) => {
      const { runInit } = await import('../commands/init.js');
      setExitCode(await runInit(dir, global(), options, io));
    });
}
