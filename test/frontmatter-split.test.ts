import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../src/load/split-frontmatter.js';
import { readDataText, yamlOf } from '../src/edit/data-text.js';
import { CASES } from './hostile/cases.js';
import { composeFixture, run } from './helpers.js';

/** What the loader takes as a Markdown file's YAML, or undefined when it refuses the frontmatter. */
function loaderYaml(text: string): string | undefined {
  const split = splitFrontmatter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return split.ok ? split.yamlText : undefined;
}

/** What the editor takes as the file's YAML, or undefined when it refuses to edit it. */
function editorYaml(bytes: Buffer, path: string): string | undefined {
  const read = readDataText(bytes, path);
  return 'problem' in read ? undefined : yamlOf(read);
}

describe('one frontmatter splitter for the loader and the editor', () => {
  test('a line that starts with --- but is no closing line stays in the YAML for both', () => {
    const text = '---\ntyp: x\n---x: 1\n---\n';
    expect(loaderYaml(text)).toBe('\ntyp: x\n---x: 1\n');
    expect(editorYaml(Buffer.from(text), 'data/a.md')).toBe('\ntyp: x\n---x: 1\n');
  });

  test('sup set on such a file edits it instead of ending in the internal-error guard', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/2025/aktivitet-a.md');
    const before = readFileSync(path, 'utf8').replace('status: genomförd\n---\n', 'status: genomförd\n---x: 1\n---\n');
    writeFileSync(path, before);
    const r = await run(['-C', dir, 'set', 'aktivitet-a', 'titel', 'Ny titel']);
    expect(r.stderr).not.toMatch(/internt fel/);
    expect(r.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(before.replace('titel: Kartlägga laddplatser', 'titel: Ny titel'));
  });

  // Every Markdown file of the hostile suite: the editor edits exactly the YAML the loader checks, or neither takes it.
  const markdown = CASES.flatMap((c) =>
    Object.entries(c.files)
      .filter(([path]) => path.endsWith('.md'))
      .map(([path, content]) => ({ name: `${c.name}: ${path}`, path, bytes: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') })),
  );
  test('the hostile suite has frontmatter cases', () => {
    expect(markdown.length).toBeGreaterThan(20);
  });
  for (const { name, path, bytes } of markdown) {
    test(`loader and editor agree: ${name}`, () => {
      const text = bytes.toString('utf8');
      const valid = !text.includes('\uFFFD') || bytes.equals(Buffer.from(text, 'utf8'));
      expect(editorYaml(bytes, path)).toBe(valid ? loaderYaml(text) : undefined);
    });
  }
});
