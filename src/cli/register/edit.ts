import { Option } from 'commander';
import type { Registration } from './types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `sup new`, `sup link`, `sup unlink` and `sup set`: the commands that change data files. */
export function registerEdit({ program, io, global, setExitCode }: Registration): void {
  const create = program
    .command('new <sort>')
    .description('skapa en ny datafil från en mall, till exempel en aktivitet, ett mål eller ett nätverk')
    .option('--id <id>', 'filens id (annars härlett ur titeln, med -2, -3 … om det är upptaget)')
    .option('--titel <text>', 'titel (aktivitet, mål, delmål) eller namn (nätverk, arbetsgrupp, indikator)')
    .option('--namn <text>', 'namn (nätverk, arbetsgrupp, indikator)')
    .option('--mål <id>', 'mål som aktiviteten bidrar till eller indikatorn mäter (kan upprepas)', collect)
    .option('--ansvarig <id>', 'ansvarigt nätverk eller organ (aktivitet)')
    .option('--verksamhetsplan <id>', 'verksamhetsplanen, till exempel vp-2025')
    .option('--förälder <id>', 'målet på nivån ovanför (mål, delmål)')
    .option('--ägare <id>', 'nätverket som äger målet (mål, delmål)')
    .option('--nivå <nivå>', 'målets nivå: vision, övergripande eller långsiktigt (mål)')
    .option('--status <status>', 'aktivitetens status (annars ej påbörjad)')
    .option('--från <datum>', 'startdatum ÅÅÅÅ-MM-DD (aktivitet; inrättad för arbetsgrupp); för verksamhetsplan: förra årets plan, vars ej avslutade aktiviteter förs över; för program: programmet som efterträds')
    .option('--till <datum>', 'slutdatum ÅÅÅÅ-MM-DD (aktivitet; slutdatum för arbetsgrupp)')
    .option('--år <år>', 'verksamhetsåret (verksamhetsplan; årsredovisning: planen för det året)')
    .option('--delmål', 'med --från: för också över delmål som inte bedömdes som uppfyllda (verksamhetsplan)')
    .option('--program <id>', 'programmet planen genomför (verksamhetsplan; annars programmet som gäller det året)')
    .option('--period <år-år>', 'programperioden, till exempel 2027-2030 (program, med --från <program>: ett utkast till efterföljare)')
    .option('--roll <text>', 'medlemmarnas roll, en medlem per kommun (nätverk)')
    .option('--enhet <text>', 'enhet (indikator)')
    .option('--riktning <riktning>', 'ökar eller minskar (indikator)')
    .option('--källa <typ>', 'kolada, egen eller annan (indikator)')
    .option('--kpi <id>', 'Koladas id för nyckeltalet, till exempel N00945 (indikator med --källa kolada)')
    .option('--källnamn <text>', 'källans namn (indikator med --källa annan)')
    .option('--källbeskrivning <text>', 'hur värdet tas fram (indikator)')
    .option('--budgetpost <id>', 'budgetposten i planen som aktiviteten belastar (aktivitet)')
    .option('--belopp <kronor>', 'aktivitetens belopp i kronor (aktivitet, med --budgetpost)')
    .option('--medverkande <id,id>', 'medverkande nätverk, organ eller kommuner, kommaseparerat (aktivitet)')
    .option('--efter-beslut <skäl>', 'lägg till en aktivitet eller ett delmål i en beslutad plan ändå; skälet skrivs in i filen')
    .option('--today <datum>', 'dagens datum ÅÅÅÅ-MM-DD för --efter-beslut (annars datorns datum)')
    .option('--fält <namn=värde>', 'vilket annat fält som helst, till exempel --fält budget.belopp=250000 (kan upprepas)', collect);
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
    .description('låt en aktivitet bidra till ett mål till (lägger till målet i aktivitetens mål)')
    .action(async (activity: string, goal: string) => {
      const { runLink } = await import('../commands/link.js');
      setExitCode(await runLink(activity, goal, global(), io));
    });

  program
    .command('unlink <aktivitet> <mål>')
    .description('ta bort ett mål ur en aktivitets mål (aldrig det sista)')
    .action(async (activity: string, goal: string) => {
      const { runUnlink } = await import('../commands/unlink.js');
      setExitCode(await runUnlink(activity, goal, global(), io));
    });

  const set = program
    .command('set <id> <fält-och-värden...>')
    .description('ändra värden: sup set <id> <fält> <värde>, eller flera på en gång: sup set <id> budget.post=utredningar budget.belopp=200000')
    .option('--lägg-till <värde>', 'lägg till i listfältet (kan upprepas, eller kommaseparerat)', collect)
    .option('--ta-bort <värde>', 'ta bort ur listfältet (kan upprepas, eller kommaseparerat)', collect)
    .option('--efter-beslut <skäl>', 'ändra beslutat innehåll ändå; skälet skrivs in i filen')
    .option('--today <datum>', 'dagens datum ÅÅÅÅ-MM-DD för --efter-beslut (annars datorns datum)');
  set.addOption(new Option('--lagg-till <värde>').hideHelp().argParser(collect));
  set.action(async (id: string, args: string[], options: Record<string, string | string[] | undefined>) => {
    const { runSetMany } = await import('../commands/set.js');
    const add = [...((options.läggTill as string[] | undefined) ?? []), ...((options.laggTill as string[] | undefined) ?? [])];
    setExitCode(await runSetMany(id, args, { add, remove: (options.taBort as string[] | undefined) ?? [], afterDecision: options.efterBeslut as string | undefined, today: options.today as string | undefined }, global(), io));
  });

  program
    .command('mv <id> <nytt-id>')
    .description('byt id på en post: filen byter namn när den heter som id:t, och alla hänvisningar skrivs om i en och samma ändring')
    .option('--efter-beslut <skäl>', 'byt id på beslutat innehåll ändå; skälet skrivs in i filen')
    .option('--today <datum>', 'dagens datum ÅÅÅÅ-MM-DD för --efter-beslut (annars datorns datum)')
    .action(async (oldId: string, newId: string, options: { efterBeslut?: string; today?: string }) => {
      const { runMv } = await import('../commands/mv.js');
      setExitCode(await runMv(oldId, newId, global(), io, undefined, { afterDecision: options.efterBeslut, today: options.today }));
    });

  program
    .command('show <id>')
    .description('visa en post med det som hör till den: ägare eller ansvarig, mål, aktiviteter, indikatorer och vad som hänvisar till den')
    .option('--format <format>', 'pretty eller json', 'pretty')
    .action(async (id: string, options: { format?: string }) => {
      const { runShow } = await import('../commands/show.js');
      setExitCode(await runShow(id, options, global(), io));
    });

  const ls = program
    .command('ls <sort>')
    .description('lista poster av en sort: aktivitet, mål, delmål, nätverk, arbetsgrupp, indikator, verksamhetsplan, årsredovisning, program, kommun eller organ')
    .option('--år <år>', 'bara poster för det året (verksamhetsplanens år)')
    .option('--status <status>', 'bara aktiviteter med den statusen')
    .option('--ansvarig <id>', 'bara aktiviteter med den ansvarige, eller mål med den ägaren')
    .option('--format <format>', 'pretty eller json', 'pretty');
  ls.addOption(new Option('--ar <år>').hideHelp());
  ls.action(async (kind: string, options: Record<string, string | undefined>) => {
    const { runLs } = await import('../commands/ls.js');
    setExitCode(await runLs(kind, { år: options.år ?? options.ar, status: options.status, ansvarig: options.ansvarig, format: options.format }, global(), io));
  });

  program
    .command('rm <id>')
    .description('ta bort en posts fil, när ingenting längre hänvisar till den (annars listas varje ställe som gör det)')
    .option('--efter-beslut <skäl>', 'ta bort beslutat innehåll ändå; skälet skrivs in i det beslutade dokumentet')
    .option('--today <datum>', 'dagens datum ÅÅÅÅ-MM-DD för --efter-beslut (annars datorns datum)')
    .action(async (id: string, options: { efterBeslut?: string; today?: string }) => {
      const { runRm } = await import('../commands/rm.js');
      setExitCode(await runRm(id, { afterDecision: options.efterBeslut, today: options.today }, global(), io));
    });

  program
    .command('refs <id>')
    .description('visa varje ställe som hänvisar till en post (fil:rad:kolumn)')
    .action(async (id: string) => {
      const { runRefs } = await import('../commands/refs.js');
      setExitCode(await runRefs(id, global(), io));
    });
}
