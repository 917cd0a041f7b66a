import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Paragraph } from 'mdast';
import { checkBody } from '../../load/check-body.js';
import { fillerSentences, normalise } from '../filler-texts.js';
import type { Rule } from '../rule.js';

/** The filler text of templates/ny/ ("Beskriv aktiviteten här …") is not left in a document's text. */
export const textFiller: Rule = {
  id: 'text/filler',
  severity: 'warning',
  run({ project, say, report }) {
    const fillers = fillerSentences(project.source);
    if (fillers.length === 0) return;
    for (const checked of project.files) {
      const file = checked.file;
      const body = file.body;
      if (!body || !checked.kind) continue;
      const flat = normalise(body.text);
      // A cheap test first; positions come from remark's paragraphs below.
      if (!fillers.some((f) => flat.includes(f)) || checkBody(body.text)) continue;
      const tree = unified().use(remarkParse).parse(body.text);
      visit(tree, 'paragraph', (node: Paragraph) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        const text = normalise(body.text.slice(start, end));
        const filler = fillers.find((f) => text.includes(f));
        if (!filler) return;
        report({
          file,
          path: [],
          offsets: { start: body.offset + start, end: body.offset + end },
          ...say('text/filler', { text: filler.length > 60 ? `${filler.slice(0, 59).trimEnd()}…` : filler }),
        });
      });
    }
  },
};
