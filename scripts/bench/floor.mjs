// The floor sup is measured against: read every data file and parse its YAML (the frontmatter of
// a .md file) with js-yaml 4 and the core schema, in one process, doing nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
let parsed = 0;
for (const file of walk(join(process.argv[2], 'data'))) {
  const text = readFileSync(file, 'utf8');
  const yaml = text.startsWith('---') ? text.slice(4, text.indexOf('\n---', 3)) : text;
  if (jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA })) parsed++;
}
if (parsed === 0) process.exitCode = 1;
