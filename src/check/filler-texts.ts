import type { FileSource } from '../source/file-source.js';
import { readOwnOrBuiltin } from '../source/read-own-or-builtin.js';
import { splitFrontmatter } from '../load/split-frontmatter.js';

/** The templates of `sup new` whose bodies are filler text a person is meant to replace. */
const NEW_TEMPLATES = ['aktivitet.md', 'arbetsgrupp.md', 'arsredovisning.md', 'delmal.md', 'mal.md', 'natverk.md', 'verksamhetsplan.md'];

/** Text with runs of white space as one space, for comparing paragraphs however they are wrapped. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The first sentence of each paragraph in the bodies of templates/ny/ (the project's own, else the
 * built-in ones), normalised: a body paragraph that holds one of them is filler left in place.
 */
export function fillerSentences(source: FileSource | undefined): string[] {
  const found = new Set<string>();
  for (const name of NEW_TEMPLATES) {
    const template = readOwnOrBuiltin(source, `ny/${name}`);
    if (!template.ok) continue;
    const split = splitFrontmatter(template.text);
    if (!split.ok) continue;
    for (const paragraph of split.body.split(/\n\s*\n/)) {
      const text = normalise(paragraph);
      const sentence = /^(.*?[.!?:])(\s|$)/.exec(text)?.[1] ?? text;
      // Short fragments would match real prose; the filler sentences are long.
      if (sentence.length >= 20) found.add(sentence);
    }
  }
  return [...found];
}
