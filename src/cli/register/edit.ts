import { Option } from 'commander';
import type { Registration } from './types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `sup new`, `sup link`, `sup unlink` and `sup set`: the commands that change data files. */
export function registerEdit({ program, io, text, global, setExitCode }: Registration): void {
  const create = program
    .command('new <sort>')
    .description(text('new'))
    .option('--id <id>', text('new.id'))
    .option('--titel <text>', text('new.titel'))
    .option('--namn <text>', text('new.namn'))
    .option('--mål <id>', text('new.mål'), collect)
    .option('--ansvarig <id>', text('new.ansvarig'))
    .option('--verksamhetsplan <id>', text('new.verksamhetsplan'))
    .option('--förälder <id>', text('new.förälder'))
    .option('--ägare <id>', text('new.ägare'))
    .option('--nivå <nivå>', text('new.nivå'))
    .option('--status <status>', text('new.status'))
    .option('--från <datum>', text('new.från'))
    .option('--till <datum>', text('new.till'))
    .option('--år <år>', text('new.år'))
    .option('--delmål', text('new.delmål'))
    .option('--program <id>', text('new.program'))
    .option('--period <år-år>', text('new.period'))
    .option('--roll <text>', text('new.roll'))
    .option('--enhet <text>', text('new.enhet'))
    .option('--riktning <riktning>', text('new.riktning'))
    .option('--källa <typ>', text('new.källa'))
    .option('--kpi <id>', text('new.kpi'))
    .option('--källnamn <text>', text('new.källnamn'))
    .option('--källbeskrivning <text>', text('new.källbeskrivning'))
    .option('--budgetpost <id>', text('new.budgetpost'))
    .option('--belopp <kronor>', text('new.belopp'))
    .option('--medverkande <id,id>', text('new.medverkande'))
    .option('--efter-beslut <skäl>', text('new.efter-beslut'))
    .option('--today <datum>', text('today-decision'))
    .option('--fält <namn=värde>', text('new.fält'), collect);
  // The same options without å, ä and ö.
  for (const name of ['mal', 'falt']) create.addOption(new Option(`--${name} <värde>`).hideHelp().argParser(collect));
  for (const name of ['foralder', 'agare', 'niva', 'fran', 'ar', 'kalla', 'kallnamn', 'kallbeskrivning']) create.addOption(new Option(`--${name} <värde>`).hideHelp());
  create.addOption(new Option('--delmal').hideHelp());
  create.action(async (kind: string, options) => {
    const { runNew } = await import('../commands/new.js');
    setExitCode(await runNew(kind, global(), options, io));
  });

  program
    .command('link <aktivitet> <mål>')
    .description(text('link'))
    .action(async (activity: string, goal: string) => {
      const { runLink } = await import('../commands/link.js');
      setExitCode(await runLink(activity, goal, global(), io));
    });

  program
    .command('unlink <aktivitet> <mål>')
    .description(text('unlink'))
    .action(async (activity: string, goal: string) => {
      const { runUnlink } = await import('../commands/unlink.js');
      setExitCode(await runUnlink(activity, goal, global(), io));
    });

  const set = program
    .command('set <id> <fält-och-värden...>')
    .description(text('set'))
    .option('--lägg-till <värde>', text('set.lägg-till'), collect)
    .option('--ta-bort <värde>', text('set.ta-bort'), collect)
    .option('--efter-beslut <skäl>', text('set.efter-beslut'))
    .option('--today <datum>', text('today-decision'));
  set.addOption(new Option('--lagg-till <värde>').hideHelp().argParser(collect));
  set.action(async (id: string, args: string[], options: Record<string, string | string[] | undefined>) => {
    const { runSetMany } = await import('../commands/set.js');
    const add = [...((options.läggTill as string[] | undefined) ?? []), ...((options.laggTill as string[] | undefined) ?? [])];
    setExitCode(await runSetMany(id, args, { add, remove: (options.taBort as string[] | undefined) ?? [], afterDecision: options.efterBeslut as string | undefined, today: options.today as string | undefined }, global(), io));
  });

  program
    .command('mv <id> <nytt-id>')
    .description(text('mv'))
    .option('--efter-beslut <skäl>', text('mv.efter-beslut'))
    .option('--today <datum>', text('today-decision'))
    .action(async (oldId: string, newId: string, options: { efterBeslut?: string; today?: string }) => {
      const { runMv } = await import('../commands/mv.js');
      setExitCode(await runMv(oldId, newId, global(), io, undefined, { afterDecision: options.efterBeslut, today: options.today }));
    });

  program
    .command('show <id>')
    .description(text('show'))
    .option('--format <format>', text('format-pretty-json'), 'pretty')
    .action(async (id: string, options: { format?: string }) => {
      const { runShow } = await import('../commands/show.js');
      setExitCode(await runShow(id, options, global(), io));
    });

  const ls = program
    .command('ls <sort>')
    .description(text('ls'))
    .option('--år <år>', text('ls.år'))
    .option('--status <status>', text('ls.status'))
    .option('--ansvarig <id>', text('ls.ansvarig'))
    .option('--format <format>', text('format-pretty-json'), 'pretty');
  ls.addOption(new Option('--ar <år>').hideHelp());
  ls.action(async (kind: string, options: Record<string, string | undefined>) => {
    const { runLs } = await import('../commands/ls.js');
    setExitCode(await runLs(kind, { år: options.år ?? options.ar, status: options.status, ansvarig: options.ansvarig, format: options.format }, global(), io));
  });

  program
    .command('rm <id>')
    .description(text('rm'))
    .option('--efter-beslut <skäl>', text('rm.efter-beslut'))
    .option('--today <datum>', text('today-decision'))
    .action(async (id: string, options: { efterBeslut?: string; today?: string }) => {
      const { runRm } = await import('../commands/rm.js');
      setExitCode(await runRm(id, { afterDecision: options.efterBeslut, today: options.today }, global(), io));
    });

  program
    .command('refs <id>')
    .description(text('refs'))
    .action(async (id: string) => {
      const { runRefs } = await import('../commands/refs.js');
      setExitCode(await runRefs(id, global(), io));
    });
}
