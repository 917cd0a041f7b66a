import { readdirSync, readFileSync } from 'node:fs';
import { fillPlaceholders, ownValue } from '../util/placeholders.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed sup package: dist/init/ (or src/init/ under the tests) is two levels down. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The templates of the files `sup init` writes. */
export const INIT_TEMPLATES = join(PACKAGE_ROOT, 'templates', 'init');

/** A file `sup init` will create: its path in the new repository (POSIX) and its content. */
export interface PlannedFile {
  path: string;
  content: Buffer;
}

export interface InitOptions {
  /** Copy the package's own data/ (the SUP 2040 programme and its example year) instead of a skeleton. */
  fromExample: boolean;
  /** What the new repository's package.json installs sup from: a version range or a git URL. */
  supSpec: string;
  /** The npm name of the new repository's package.json. */
  packageName: string;
  /** sup itself as a tarball (see pack-self.ts), put into the repository when package.json installs it from there. */
  tool?: { path: string; content: Buffer };
}

/**
 * Each template and where it goes. Dot-files are kept without the dot in the package, since npm
 * leaves some of them out when it packs (.gitignore) and editors hide the rest.
 */
export const TEMPLATE_TARGETS: readonly { template: string; target: string; skeletonOnly?: boolean; json?: boolean }[] = [
  { template: 'sup.yaml', target: 'sup.yaml' },
  { template: 'README.md', target: 'README.md' },
  { template: 'package.json', target: 'package.json', json: true },
  { template: 'gitignore', target: '.gitignore' },
  { template: 'github/workflows/sup.yml', target: '.github/workflows/sup.yml' },
  { template: 'gitlab-ci.yml', target: '.gitlab-ci.yml' },
  { template: 'vscode/settings.json', target: '.vscode/settings.json', json: true },
  { template: 'vscode/extensions.json', target: '.vscode/extensions.json', json: true },
  { template: 'data/README.md', target: 'data/README.md', skeletonOnly: true },
];

/** The README's section on the example year, for a repository made with --from-example. */
export const EXAMPLE_NOTE = `## Exempelåret ska bort

Förrådet skapades med \`sup init --from-example\`. Utöver programmet SUP 2040
(\`data/program.md\`, \`data/mal/\`, \`data/natverk/\`, \`data/kommuner.yaml\` och
\`data/organisation.yaml\`) innehåller det ett påhittat exempelår i
\`data/exempel/2025/\`: en verksamhetsplan, aktiviteter, delmål, indikatorer med
påhittade värden, en arbetsgrupp och en årsredovisning, alla märkta \`exempel: true\`.
Exemplet visar hur ett år ser ut, men hör inte hemma i riktiga dokument: \`sup check\`
ger fel (\`example/mixed\`) om en riktig plan eller årsredovisning tar med något av det.

Ta bort exemplet innan ni skriver det första riktiga året:

\`\`\`sh
git rm -r data/exempel
npx sup check      # programmet klarar sig utan exemplet
git commit -m "Tar bort exempelåret"
\`\`\`

Ingenting utanför \`data/exempel/\` hänvisar till exemplet, så inget annat behöver ändras.

`;

/** Lists every file of a new data repository, in path order. Reads only the installed package. */
export function planInit(options: InitOptions): PlannedFile[] {
  const files: PlannedFile[] = [];
  const vars: Record<string, string> = { sup_spec: options.supSpec, package_name: options.packageName, example_note: options.fromExample ? EXAMPLE_NOTE : '' };
  for (const t of TEMPLATE_TARGETS) {
    if (t.skeletonOnly && options.fromExample) continue;
    const text = readFileSync(join(INIT_TEMPLATES, ...t.template.split('/')), 'utf8');
    files.push({ path: t.target, content: Buffer.from(fillTemplate(text, vars, t.json === true, t.template), 'utf8') });
  }
  // The schemas, byte for byte, so the editor can check the files without a network.
  for (const name of listFiles(join(PACKAGE_ROOT, 'schemas'))) {
    if (name.endsWith('.schema.json')) files.push({ path: `schemas/${name}`, content: readFileSync(join(PACKAGE_ROOT, 'schemas', name)) });
  }
  if (options.tool) files.push({ path: options.tool.path, content: options.tool.content });
  if (options.fromExample) {
    for (const path of listFiles(join(PACKAGE_ROOT, 'data'))) {
      files.push({ path: `data/${path}`, content: readFileSync(join(PACKAGE_ROOT, 'data', ...path.split('/'))) });
    }
  } else {
    // The member municipalities do not change with the programme; everything else starts empty.
    files.push({ path: 'data/kommuner.yaml', content: readFileSync(join(PACKAGE_ROOT, 'data', 'kommuner.yaml')) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Replaces `{{name}}` with its value (JSON-escaped in a JSON file); an unknown name is a bug in the package. */
export function fillTemplate(text: string, vars: Record<string, string>, json: boolean, name: string): string {
  return fillPlaceholders(text, (key) => {
    const value = ownValue(vars)(key);
    return value === undefined ? undefined : json ? JSON.stringify(value).slice(1, -1) : value;
  }, (key) => {
    throw new Error(`templates/init/${name}: unknown placeholder {{${key}}}`);
  });
}

/** Files below `dir`, recursively, as POSIX paths relative to it, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) out.push(...listFiles(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.isFile()) out.push(`${prefix}${entry.name}`);
  }
  return out;
}

/** An npm package name from a folder name: `SUP Data 2040` -> `sup-data-2040`. */
export function packageNameFor(folder: string): string {
  const name = folder
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return name === '' ? 'sup-data' : name;
}
