import type { Lang } from './catalogue.js';

/**
 * What `sup --help` says about each command and option, Swedish and English side by side.
 * Keys are `command` or `command.option`; the registrations in src/cli/register/ ask by key.
 */
const HELP = {
  'sup': { sv: 'Södertörnssamverkans utvecklingsprogram som data i git: kontrollera, exportera och återge.', en: "Södertörnssamverkan's development programme as data in git: check, export and render." },
  'sup.version': { sv: 'visa versionen', en: 'show the version' },
  'sup.help': { sv: 'visa hjälp', en: 'show help' },
  'sup.help-command-term': { sv: 'help [kommando]', en: 'help [command]' },
  'sup.help-command': { sv: 'visa hjälp för ett kommando', en: 'show help for a command' },
  'sup.C': { sv: 'kör som om sup startats i <mapp> (som git -C)', en: 'run as if sup had been started in <folder> (like git -C)' },
  'sup.lang': { sv: 'språk för meddelanden: sv eller en', en: 'language of messages: sv or en' },

  'format': { sv: 'utdataformat', en: 'output format' },
  'today': { sv: 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)', en: 'the date that rules about end dates compare with (YYYY-MM-DD)' },
  'no-cache': { sv: 'läs om varje fil i stället för att använda .sup-cache/', en: 'read every file again instead of using .sup-cache/' },
  'today-decision': { sv: 'dagens datum ÅÅÅÅ-MM-DD för --efter-beslut (annars datorns datum)', en: "today's date YYYY-MM-DD for --efter-beslut (else the computer's date)" },
  'format-pretty-json': { sv: 'pretty eller json', en: 'pretty or json' },
  'api-url': { sv: 'adressen till Koladas API (annars https://api.kolada.se/v3)', en: "the address of Kolada's API (else https://api.kolada.se/v3)" },

  'check': { sv: 'kontrollera alla datafiler: scheman, referenser, ägarskap och målstruktur', en: 'check all data files: schemas, references, ownership and goal structure' },
  'check.strict': { sv: 'avsluta med kod 1 även vid varningar', en: 'exit with code 1 on warnings too' },
  'check.watch': { sv: 'fortsätt köra och kontrollera om efter varje ändring (avsluta med Ctrl-C)', en: 'keep running and check again after every change (end with Ctrl-C)' },
  'check.changed-since': {
    sv: 'visa bara fynd i filer som ändrats sedan <ref> (gren, tagg eller commit) och fynd som ändringen orsakat',
    en: 'show only findings in files changed since <ref> (branch, tag or commit) and findings the change caused',
  },

  'report': {
    sv: 'återge årsredovisningen (med --period slutuppföljningen) som Markdown, HTML eller PDF',
    en: 'render the annual report (with --period the final follow-up) as Markdown, HTML or PDF',
  },
  'report.period': {
    sv: 'återge slutuppföljningen av en programperiod, till exempel --period 2023-2026 eller --period sup-2040',
    en: 'render the final follow-up of a programme period, for example --period 2023-2026 or --period sup-2040',
  },
  'plan': { sv: 'återge verksamhetsplanen för ett år som Markdown, HTML eller PDF', en: 'render the annual plan for a year as Markdown, HTML or PDF' },
  'render.output': { sv: 'skriv till filen (annars till standard ut)', en: 'write to the file (else to standard output)' },
  'render.draft': { sv: 'återge även om datan har fel, med varje sida märkt UTKAST', en: 'render even if the data has errors, with every page marked UTKAST (draft)' },

  'export': { sv: 'skriv ut alla poster som JSON, eller en sort som CSV', en: 'print all entries as JSON, or one kind as CSV' },
  'export.kind': { sv: 'bara poster av denna sort (krävs för csv), till exempel aktivitet', en: 'only entries of this kind (needed for csv), for example aktivitet' },

  'diff': { sv: 'visa vad som ändrats i datan mellan två versioner i git (topp: arbetskopian), post för post', en: 'show what changed in the data between two versions in git (head: the working copy), entry by entry' },
  'diff.format': { sv: 'utdataformat: md (för en kommentar i en pull request) eller json', en: 'output format: md (for a comment on a pull request) or json' },

  'codeowners': { sv: 'skriv CODEOWNERS ur datan: nätverkens medlemmar äger sina mål, aktiviteter och nätverk', en: "write CODEOWNERS from the data: the networks' members own their goals, activities and networks" },
  'codeowners.output': {
    sv: 'skriv till filen (standard: .github/CODEOWNERS, med --forge gitlab .gitlab/CODEOWNERS, i git-förrådets rot; "-" för standard ut)',
    en: "write to the file (default: .github/CODEOWNERS, with --forge gitlab .gitlab/CODEOWNERS, in the git repository's root; \"-\" for standard output)",
  },
  'codeowners.forge': { sv: 'git-tjänsten som läser filen', en: 'the git service that reads the file' },
  'codeowners.check': { sv: 'skriv inget; avsluta med kod 1 om filen inte stämmer med datan (för CI)', en: 'write nothing; exit with code 1 if the file does not match the data (for CI)' },

  'init': { sv: 'skapa ett nytt dataförråd: sup.yaml, data/, scheman, CI för GitHub och GitLab, VS Code-inställningar och README', en: 'create a new data repository: sup.yaml, data/, schemas, CI for GitHub and GitLab, VS Code settings and README' },
  'init.from-example': { sv: 'kopiera SUP 2040-datan med exempelåret i stället för ett tomt skelett', en: 'copy the SUP 2040 data with the example year instead of an empty skeleton' },
  'init.force': { sv: 'lägg till de filer som saknas i en mapp som inte är tom (befintliga filer skrivs aldrig över)', en: 'add the missing files to a folder that is not empty (existing files are never overwritten)' },
  'init.sup-spec': {
    sv: 'var förrådet installerar sup ifrån (devDependencies i package.json): en version eller en git-adress; standard: den här sup packad i verktyg/',
    en: 'where the repository installs sup from (devDependencies in package.json): a version or a git address; default: this sup packed in verktyg/',
  },
  'init.uppdatera': { sv: 'byt sup i ett befintligt förråd mot den här versionen (verktyg/sup-<version>.tgz och package.json)', en: 'replace sup in an existing repository with this version (verktyg/sup-<version>.tgz and package.json)' },

  'new': { sv: 'skapa en ny datafil från en mall, till exempel en aktivitet, ett mål eller ett nätverk', en: 'create a new data file from a template, for example an activity, a goal or a network' },
  'new.id': { sv: 'filens id (annars härlett ur titeln, med -2, -3 … om det är upptaget)', en: "the file's id (else derived from the title, with -2, -3 … if it is taken)" },
  'new.titel': { sv: 'titel (aktivitet, mål, delmål) eller namn (nätverk, arbetsgrupp, indikator)', en: 'title (activity, goal, sub-goal) or name (network, working group, indicator)' },
  'new.namn': { sv: 'namn (nätverk, arbetsgrupp, indikator)', en: 'name (network, working group, indicator)' },
  'new.mål': { sv: 'mål som aktiviteten bidrar till eller indikatorn mäter (kan upprepas)', en: 'a goal the activity contributes to or the indicator measures (may be repeated)' },
  'new.ansvarig': { sv: 'ansvarigt nätverk eller organ (aktivitet)', en: 'the responsible network or body (activity)' },
  'new.verksamhetsplan': { sv: 'verksamhetsplanen, till exempel vp-2025', en: 'the annual plan, for example vp-2025' },
  'new.förälder': { sv: 'målet på nivån ovanför (mål, delmål)', en: 'the goal on the level above (goal, sub-goal)' },
  'new.ägare': { sv: 'nätverket som äger målet (mål, delmål)', en: 'the network that owns the goal (goal, sub-goal)' },
  'new.nivå': { sv: 'målets nivå: vision, övergripande eller långsiktigt (mål)', en: "the goal's level: vision, övergripande or långsiktigt (goal)" },
  'new.status': { sv: 'aktivitetens status (annars ej påbörjad)', en: "the activity's status (else ej påbörjad)" },
  'new.från': {
    sv: 'startdatum ÅÅÅÅ-MM-DD (aktivitet; inrättad för arbetsgrupp); för verksamhetsplan: förra årets plan, vars ej avslutade aktiviteter förs över; för program: programmet som efterträds',
    en: "start date YYYY-MM-DD (activity; inrättad for a working group); for an annual plan: last year's plan, whose unfinished activities are carried over; for a programme: the programme it succeeds",
  },
  'new.till': { sv: 'slutdatum ÅÅÅÅ-MM-DD (aktivitet; slutdatum för arbetsgrupp)', en: 'end date YYYY-MM-DD (activity; slutdatum for a working group)' },
  'new.år': { sv: 'verksamhetsåret (verksamhetsplan; årsredovisning: planen för det året)', en: "the year of operation (annual plan; annual report: that year's plan)" },
  'new.delmål': { sv: 'med --från: för också över delmål som inte bedömdes som uppfyllda (verksamhetsplan)', en: 'with --från: also carry over sub-goals that were not judged as met (annual plan)' },
  'new.program': { sv: 'programmet planen genomför (verksamhetsplan; annars programmet som gäller det året)', en: 'the programme the plan carries out (annual plan; else the programme in force that year)' },
  'new.period': { sv: 'programperioden som <första år>-<sista år> (program, med --från <program>: ett utkast till efterföljare)', en: 'the programme period as <first year>-<last year> (programme, with --från <program>: a draft successor)' },
  'new.roll': { sv: 'medlemmarnas roll, en medlem per kommun (nätverk)', en: "the members' role, one member per municipality (network)" },
  'new.enhet': { sv: 'enhet (indikator)', en: 'unit (indicator)' },
  'new.riktning': { sv: 'ökar eller minskar (indikator)', en: 'ökar or minskar (indicator)' },
  'new.källa': { sv: 'kolada, egen eller annan (indikator)', en: 'kolada, egen or annan (indicator)' },
  'new.kpi': { sv: 'Koladas id för nyckeltalet, till exempel N00945 (indikator med --källa kolada)', en: "Kolada's id of the KPI, for example N00945 (indicator with --källa kolada)" },
  'new.källnamn': { sv: 'källans namn (indikator med --källa annan)', en: "the source's name (indicator with --källa annan)" },
  'new.källbeskrivning': { sv: 'hur värdet tas fram (indikator)', en: 'how the value is arrived at (indicator)' },
  'new.budgetpost': { sv: 'budgetposten i planen som aktiviteten belastar (aktivitet)', en: "the budget item in the plan that the activity is charged to (activity)" },
  'new.belopp': { sv: 'aktivitetens belopp i kronor (aktivitet, med --budgetpost)', en: "the activity's amount in kronor (activity, with --budgetpost)" },
  'new.medverkande': { sv: 'medverkande nätverk, organ eller kommuner, kommaseparerat (aktivitet)', en: 'participating networks, bodies or municipalities, comma-separated (activity)' },
  'new.efter-beslut': { sv: 'lägg till en aktivitet eller ett delmål i en beslutad plan ändå; skälet skrivs in i filen', en: 'add an activity or a sub-goal to a decided plan anyway; the reason is written into the file' },
  'new.fält': { sv: 'vilket annat fält som helst, till exempel --fält budget.belopp=250000 (kan upprepas)', en: 'any other field, for example --fält budget.belopp=250000 (may be repeated)' },

  'link': { sv: 'låt en aktivitet bidra till ett mål till (lägger till målet i aktivitetens mål)', en: "let an activity contribute to one more goal (adds the goal to the activity's goals)" },
  'unlink': { sv: 'ta bort ett mål ur en aktivitets mål (aldrig det sista)', en: "remove a goal from an activity's goals (never the last one)" },
  'set': {
    sv: 'ändra värden: sup set <id> <fält> <värde>, eller flera på en gång: sup set <id> budget.post=utredningar budget.belopp=200000',
    en: 'change values: sup set <id> <field> <value>, or several at once: sup set <id> budget.post=utredningar budget.belopp=200000',
  },
  'set.lägg-till': { sv: 'lägg till i listfältet (kan upprepas, eller kommaseparerat)', en: 'add to the list field (may be repeated, or comma-separated)' },
  'set.ta-bort': { sv: 'ta bort ur listfältet (kan upprepas, eller kommaseparerat)', en: 'remove from the list field (may be repeated, or comma-separated)' },
  'set.efter-beslut': { sv: 'ändra beslutat innehåll ändå; skälet skrivs in i filen', en: 'change decided content anyway; the reason is written into the file' },
  'mv': { sv: 'byt id på en post: filen byter namn när den heter som id:t, och alla hänvisningar skrivs om i en och samma ändring', en: "change an entry's id: the file is renamed when it is named after the id, and every reference is rewritten in one change" },
  'mv.efter-beslut': { sv: 'byt id på beslutat innehåll ändå; skälet skrivs in i filen', en: 'change the id of decided content anyway; the reason is written into the file' },
  'show': { sv: 'visa en post med det som hör till den: ägare eller ansvarig, mål, aktiviteter, indikatorer och vad som hänvisar till den', en: 'show an entry with what belongs to it: owner or responsible, goals, activities, indicators and what refers to it' },
  'ls': {
    sv: 'lista poster av en sort: aktivitet, mål, delmål, nätverk, arbetsgrupp, indikator, verksamhetsplan, årsredovisning, program, kommun eller organ',
    en: 'list the entries of a kind: aktivitet, mål, delmål, nätverk, arbetsgrupp, indikator, verksamhetsplan, årsredovisning, program, kommun or organ',
  },
  'ls.år': { sv: 'bara poster för det året (verksamhetsplanens år)', en: "only entries for that year (the annual plan's year)" },
  'ls.status': { sv: 'bara aktiviteter med den statusen', en: 'only activities with that status' },
  'ls.ansvarig': { sv: 'bara aktiviteter med den ansvarige, eller mål med den ägaren', en: 'only activities with that responsible, or goals with that owner' },
  'rm': { sv: 'ta bort en posts fil, när ingenting längre hänvisar till den (annars listas varje ställe som gör det)', en: "remove an entry's file when nothing refers to it any more (else every place that does is listed)" },
  'rm.efter-beslut': { sv: 'ta bort beslutat innehåll ändå; skälet skrivs in i det beslutade dokumentet', en: 'remove decided content anyway; the reason is written into the decided document' },
  'refs': { sv: 'visa varje ställe som hänvisar till en post (fil:rad:kolumn)', en: 'show every place that refers to an entry (file:line:column)' },

  'lsp': {
    sv: 'språkserver (LSP) över stdio för redigerare: samma kontroller som sup check medan du skriver, gå till definition, komplettering, hovring och namnbyte',
    en: 'language server (LSP) over stdio for editors: the same checks as sup check while you type, go to definition, completion, hover and rename',
  },
  'lsp.stdio': { sv: 'kommunicera över stdin och stdout (standard, det enda sättet)', en: 'communicate over stdin and stdout (the default, the only way)' },

  'kolada': { sv: 'hämta indikatorvärden från Kolada (Källa: Kolada) och sök nyckeltal', en: 'fetch indicator values from Kolada (Källa: Kolada) and search KPIs' },
  'kolada.hämta': {
    sv: 'hämta värdena för indikatorer med källan kolada per medlemskommun och år och skriv in dem i indikatorfilerna',
    en: 'fetch the values of indicators with the source kolada per member municipality and year and write them into the indicator files',
  },
  'kolada.hämta.år': { sv: 'år att hämta, kommaseparerade, till exempel 2025,2026 (annars programmens giltighetsår fram till i år)', en: "years to fetch, comma-separated, for example 2025,2026 (else the programmes' years in force up to this year)" },
  'kolada.hämta.offline': { sv: 'använd de sparade svaren i data/kolada/ i stället för nätet', en: 'use the saved responses in data/kolada/ instead of the network' },
  'kolada.hämta.today': { sv: 'hämtningsdatum ÅÅÅÅ-MM-DD som skrivs in (annars dagens datum)', en: "the fetch date YYYY-MM-DD that is written in (else today's date)" },
  'kolada.sök': { sv: 'sök nyckeltal i Kolada på titel: visar id, titel, om det är könsuppdelat och publiceringsperiod', en: 'search KPIs in Kolada by title: shows id, title, whether it is split by gender and publication period' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the help texts. */
export type HelpKey = keyof typeof HELP;

/** The help texts of a language, looked up by key. */
export function helpTexts(lang: Lang): (key: HelpKey) => string {
  return (key) => HELP[key][lang];
}
