import type { FILE_RULE_IDS } from '../model/file-rule-ids.js';
import type { Severity } from '../model/diagnostic.js';
import type { Lang } from './catalogue.js';

/** What a rule checks, in one sentence per language. */
export interface RuleDescription {
  sv: string;
  en: string;
}

/**
 * What each rule checks, keyed by rule id. The Swedish sentence is the one in the overview
 * table of docs/rules.md (a test keeps the two the same); the English one translates it.
 */
export const RULE_DESCRIPTIONS: Readonly<Record<string, RuleDescription>> = {
  'file/read': { sv: 'Filen går att läsa från disken.', en: 'The file can be read from disk.' },
  'file/too-large': { sv: 'Filen är högst 4 MiB.', en: 'The file is at most 4 MiB.' },
  'file/encoding': { sv: 'Filen är giltig UTF-8.', en: 'The file is valid UTF-8.' },
  'file/nul': {
    sv: 'Filen innehåller inget NUL-tecken (är ingen binärfil).',
    en: 'The file contains no NUL character (it is not a binary file).',
  },
  'file/empty': { sv: 'Filen är inte tom.', en: 'The file is not empty.' },
  'file/link': {
    sv: 'En länkad fil pekar på en fil inuti projektet.',
    en: 'A linked file points at a file inside the project.',
  },
  'file/special': {
    sv: 'En datafil är en vanlig fil, inte en rörledning, socket eller enhet.',
    en: 'A data file is a regular file, not a pipe, socket or device.',
  },
  'file/name': {
    sv: 'En datafils namn har inga styrtecken, omvända snedstreck eller delar som `..`.',
    en: 'A data file name has no control characters, backslashes or parts such as `..`.',
  },
  'frontmatter/missing': { sv: 'En Markdown-fil har frontmatter.', en: 'A Markdown file has frontmatter.' },
  'frontmatter/unclosed': {
    sv: 'Frontmatter avslutas med en rad `---`.',
    en: 'The frontmatter ends with a line `---`.',
  },
  'frontmatter/empty': { sv: 'Frontmatter innehåller fält.', en: 'The frontmatter contains fields.' },
  'frontmatter/language': {
    sv: 'Frontmatter börjar med en rad som bara är `---` (bara YAML).',
    en: 'The frontmatter starts with a line that is only `---` (YAML only).',
  },
  'yaml/syntax': { sv: 'YAML-texten går att tolka.', en: 'The YAML text can be parsed.' },
  'yaml/alias': {
    sv: 'YAML-filen använder inte för många alias.',
    en: 'The YAML file does not use too many aliases.',
  },
  'yaml/too-deep': {
    sv: 'Strukturen är inte djupare än 64 nivåer.',
    en: 'The structure is no deeper than 64 levels.',
  },
  'yaml/too-large': {
    sv: 'Ingen lista eller mappning har fler än 10 000 element, och YAML-texten har högst 50 000 rader och kommatecken.',
    en: 'No list or mapping has more than 10,000 items, and the YAML text has at most 50,000 lines and commas.',
  },
  'value/number': {
    sv: 'Varje tal är ändligt och ligger mellan -9007199254740991 och 9007199254740991.',
    en: 'Every number is finite and lies between -9007199254740991 and 9007199254740991.',
  },
  'body/too-large': {
    sv: 'Markdown-texten efter frontmatter är högst 65 536 tecken.',
    en: 'The Markdown text after the frontmatter is at most 65,536 characters.',
  },
  'body/too-complex': {
    sv: 'Markdown-texten har högst 500 tecken för betoning och länkar per stycke (5 000 i allt) och högst 100 kolumner per tabellrad (2 000 celler i allt).',
    en: 'The Markdown text has at most 500 emphasis and link characters per paragraph (5,000 in all) and at most 100 columns per table row (2,000 cells in all).',
  },
  'schema/type': {
    sv: 'Innehållet är en mappning, och varje värde har den typ som schemat kräver (text, tal, lista, mappning).',
    en: "The content is a mapping, and every value has the type its schema asks for (text, number, list, mapping).",
  },
  'schema/required': {
    sv: 'Filen har `typ` och alla fält som dess schema kräver.',
    en: "The file has `typ` and every field its schema requires.",
  },
  'schema/enum': {
    sv: '`typ` är en känd typ, och varje värde ur en vokabulär är ett av de tillåtna.',
    en: "`typ` is a known kind, and every value from a vocabulary is one of those allowed.",
  },
  'schema/additional': {
    sv: 'Filen har inga fält som dess schema inte känner till.',
    en: "The file has no fields its schema does not know.",
  },
  'schema/pattern': {
    sv: 'Identiteter, koder och andra värden med en bestämd form har den formen.',
    en: "Ids, codes and other values with a set form have that form.",
  },
  'schema/format': {
    sv: 'Datum är skrivna som ÅÅÅÅ-MM-DD och finns i kalendern.',
    en: "Dates are written as YYYY-MM-DD and exist in the calendar.",
  },
  'schema/range': {
    sv: 'Tal ligger inom de gränser som schemat sätter, till exempel inga negativa belopp.',
    en: "Numbers lie within the limits the schema sets, for example no negative amounts.",
  },
  'schema/length': {
    sv: 'Listor och texter har den längd som schemat kräver: inte tomma, inte för långa.',
    en: "Lists and texts have the length the schema asks for: not empty, not too long.",
  },
  'schema/unique': {
    sv: 'En lista som ska ha olika värden har inget värde två gånger.',
    en: "A list whose values must differ has no value twice.",
  },
  'schema/any-of': {
    sv: 'Ett värde som kan ha flera former har en av dem.',
    en: "A value that may take several forms takes one of them.",
  },
  'schema/other': {
    sv: 'Filen följer sitt JSON Schema också i det som ingen annan schema-regel täcker.',
    en: "The file follows its JSON Schema also where no other schema rule applies.",
  },
  'config/unknown-rule': {
    sv: 'Varje regel-id under `regler:` i `sup.yaml` finns.',
    en: 'Every rule id under `regler:` in `sup.yaml` exists.',
  },
  'config/no-files': {
    sv: 'Mönstren i `data` i `sup.yaml` hittar minst en datafil.',
    en: 'The patterns in `data` in `sup.yaml` find at least one data file.',
  },
  'id/duplicate': { sv: 'Varje `id` är unikt i hela förrådet.', en: 'Every `id` is unique in the whole repository.' },
  'id/confusable': {
    sv: 'Inga två `id` skiljer sig bara i versaler eller å/ä/ö.',
    en: 'No two `id`s differ only in capital letters or å/ä/ö.',
  },
  'ref/unknown': {
    sv: 'Varje referens pekar på en befintlig post av rätt sort.',
    en: 'Every reference points at an existing entry of the right kind.',
  },
  'goal/owner-missing': {
    sv: 'Övergripande och långsiktiga mål har en `ägare`.',
    en: 'Overarching and long-term goals have an `ägare` (owner).',
  },
  'goal/owner-inactive': {
    sv: 'Ett mål ägs inte av en arbetsgrupp vars slutdatum passerat.',
    en: 'A goal is not owned by a working group whose end date has passed.',
  },
  'goal/parent': {
    sv: 'Visionen saknar förälder; andra mål har en förälder på högre nivå.',
    en: 'The vision has no parent; other goals have a parent on a higher level.',
  },
  'goal/plan': {
    sv: 'Delmål har `verksamhetsplan`; programmets mål har det inte.',
    en: "Sub-goals have a `verksamhetsplan` (operational plan); the programme's goals do not.",
  },
  'goal/cycle': { sv: 'Kedjan av föräldrar går inte i cirkel.', en: 'The chain of parents does not go round in a circle.' },
  'goal/no-vision': {
    sv: 'Kedjan av föräldrar leder upp till visionen.',
    en: 'The chain of parents leads up to the vision.',
  },
  'goal/no-activity': {
    sv: 'Varje övergripande och långsiktigt mål har en aktivitet i varje verksamhetsplan.',
    en: 'Every overarching and long-term goal has an activity in every operational plan.',
  },
  'activity/year': {
    sv: 'Aktivitetens period börjar under planens år.',
    en: "The activity's period starts in the plan's year.",
  },
  'activity/period-order': { sv: 'Perioden slutar inte innan den börjar.', en: 'The period does not end before it starts.' },
  'activity/goal-other-plan': {
    sv: 'En aktivitet bidrar bara till delmål i sin egen plan.',
    en: 'An activity contributes only to sub-goals in its own plan.',
  },
  'budget/unknown-post': {
    sv: 'Budgetposter som aktiviteter och årsredovisningen anger finns i planen.',
    en: 'Budget items that activities and the annual report name exist in the plan.',
  },
  'budget/duplicate-post': {
    sv: 'Budgetposterna i en plan har olika `id`.',
    en: 'The budget items in a plan have different `id`s.',
  },
  'budget/over': {
    sv: 'Aktiviteterna på en budgetpost kostar inte mer än posten.',
    en: 'The activities on a budget item do not cost more than the item.',
  },
  'network/member-missing': {
    sv: 'Ett stående nätverk har en medlem från varje kommun.',
    en: 'A standing network has a member from every municipality.',
  },
  'network/member-duplicate': {
    sv: 'Ett stående nätverk har högst en medlem per kommun.',
    en: 'A standing network has at most one member per municipality.',
  },
  'network/expired': {
    sv: 'En arbetsgrupps slutdatum har inte passerats.',
    en: "A working group's end date has not passed.",
  },
  'network/no-goal': { sv: 'Ett stående nätverk äger minst ett mål.', en: 'A standing network owns at least one goal.' },
  'plan/duplicate-year': {
    sv: 'Det finns högst en verksamhetsplan per år.',
    en: 'There is at most one operational plan per year.',
  },
  'plan/outside-program': {
    sv: 'Planens år ligger inom programmets giltighet.',
    en: "The plan's year lies within the programme's period of validity.",
  },
  'program/decisions-missing': {
    sv: 'Ett gällande program har beslut från varje medlemskommuns kommunstyrelse.',
    en: "A programme in force has the decision of every member municipality's executive board.",
  },
  'report/activity-other-plan': {
    sv: 'Årsredovisningen redovisar bara aktiviteter i den plan den följer upp.',
    en: 'The annual report reports only activities in the plan it follows up.',
  },
  'report/activity-missing': {
    sv: 'Varje aktivitet i planen har ett resultat i årsredovisningen.',
    en: 'Every activity in the plan has a result in the annual report.',
  },
  'report/assessment-missing': {
    sv: 'Varje långsiktigt mål och varje delmål i planen är bedömt.',
    en: 'Every long-term goal and every sub-goal in the plan is assessed.',
  },
  'report/duplicate': {
    sv: 'Ingen aktivitet, inget mål, ingen budgetpost och ingen indikator förekommer två gånger i samma lista i årsredovisningen.',
    en: 'No activity, goal, budget item or indicator appears twice in the same list in the annual report.',
  },
  'report/meetings': {
    sv: 'Samarbetskommittén har minst sex sammanträden och en planeringskonferens under året.',
    en: 'Samarbetskommittén has at least six meetings and a planning conference in the year.',
  },
  'finance/shares': {
    sv: 'Kostnadsfördelningen går att tillämpa: fasta andelar blir 100 procent, eller alla kommuner har folkmängd.',
    en: 'The cost-sharing key can be applied: fixed shares make 100 percent, or every municipality has a population.',
  },
  'finance/income': {
    sv: 'Varje kommuns intäkt är dess avgift enligt planens kostnadsfördelning.',
    en: "Each municipality's income is its fee under the plan's cost-sharing key.",
  },
  'finance/disposition': {
    sv: 'Resultatdispositionen gäller årets resultat.',
    en: "The proposed disposition is for the year's result.",
  },
  'report/empty': {
    sv: 'Det som `sup new årsredovisning` lämnar tomt (`""`) är ifyllt.',
    en: 'What sup new årsredovisning leaves empty ("") is filled in: results, assessments, motivations and outcomes.',
  },
  'text/filler': {
    sv: 'Mallarnas utfyllnadstext står inte kvar i någon text.',
    en: 'The templates\' filler text ("Beskriv aktiviteten här …") is not left in any text.',
  },
  'example/mixed': {
    sv: 'Påhittad exempeldata kommer aldrig med i ett dokument som inte självt är ett exempel.',
    en: 'Invented example data (exempel: true) never enters an annual plan or report that is not an example itself.',
  },
  'plan/carry-over': {
    sv: 'En aktivitet som inte blev klar fortsätter i nästa års plan eller är markerad som avslutad.',
    en: 'An activity the annual report accounts for as unfinished continues in next year\'s plan or is marked as ended.',
  },
  'indicator/duplicate-year': {
    sv: 'En indikator har högst ett målvärde och ett utfall per år.',
    en: 'An indicator has at most one target value and one outcome per year.',
  },
};

/**
 * The severity of the findings that come from reading and validating files, as docs/rules.md lists it.
 * Project rules carry their own severity (`Rule.severity`); these ids have no rule object to carry it.
 * `yaml/syntax` is an error, though a few of the parser's remarks are reported as warnings.
 */
export const FILE_RULE_SEVERITIES: Readonly<Record<(typeof FILE_RULE_IDS)[number], Severity>> = {
  'file/read': 'error',
  'file/too-large': 'error',
  'file/encoding': 'error',
  'file/nul': 'error',
  'file/empty': 'error',
  'file/link': 'warning',
  'file/special': 'error',
  'file/name': 'error',
  'frontmatter/missing': 'error',
  'frontmatter/unclosed': 'error',
  'frontmatter/empty': 'error',
  'frontmatter/language': 'error',
  'yaml/syntax': 'error',
  'yaml/alias': 'error',
  'yaml/too-deep': 'error',
  'yaml/too-large': 'error',
  'value/number': 'error',
  'body/too-large': 'error',
  'body/too-complex': 'error',
  'schema/type': 'error',
  'schema/required': 'error',
  'schema/enum': 'error',
  'schema/additional': 'error',
  'schema/pattern': 'error',
  'schema/format': 'error',
  'schema/range': 'error',
  'schema/length': 'error',
  'schema/unique': 'error',
  'schema/any-of': 'error',
  'schema/other': 'error',
  'config/unknown-rule': 'warning',
  'config/no-files': 'warning',
};

/** The sentence that says what a rule checks, or undefined for an id without one. */
export function describeRule(ruleId: string, lang: Lang): string | undefined {
  return Object.hasOwn(RULE_DESCRIPTIONS, ruleId) ? RULE_DESCRIPTIONS[ruleId]![lang] : undefined;
}

/** The anchor of a rule's section in docs/rules.md, as GitHub makes it from the heading `ruleId`. */
export function ruleAnchor(ruleId: string): string {
  return ruleId
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
