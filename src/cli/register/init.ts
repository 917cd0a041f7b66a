import type { Registration } from './types.js';

/** `sup init [mapp]`. */
export function registerInit({ program, io, global, setExitCode }: Registration): void {
  program
    .command('init [mapp]')
    .description('skapa ett nytt dataförråd: sup.yaml, data/, scheman, CI för GitHub och GitLab, VS Code-inställningar och README')
    .option('--from-example', 'kopiera SUP 2040-datan med exempelåret i stället för ett tomt skelett')
    .option('--force', 'lägg till de filer som saknas i en mapp som inte är tom (befintliga filer skrivs aldrig över)')
    .option('--sup-spec <spec>', 'var förrådet installerar sup ifrån (devDependencies i package.json): en version eller en git-adress; standard: den här sup packad i verktyg/')
    .option('--uppdatera', 'byt sup i ett befintligt förråd mot den här versionen (verktyg/sup-<version>.tgz och package.json)')
    .action(async (dir: string | undefined, options) => {
      const { runInit } = await import('../commands/init.js');
      setExitCode(await runInit(dir, global(), options, io));
    });
}
