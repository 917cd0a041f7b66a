import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { cleanTree } from './markdown.js';

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one' });

/**
 * GitHub-flavoured Markdown; figures stay Mermaid code blocks, which GitHub and GitLab draw, each
 * followed by its tree as a nested list, so the document also reads where Mermaid is not drawn.
 */
export function toMarkdown(tree: Root): string {
  return processor.stringify(withFigureLists(tree));
}

/** A copy of the tree with each figure's nested list after its code block; cleanTree then cleans the lists too. */
function withFigureLists(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, 'code', (node, index, parent) => {
    const list = node.data?.fallback;
    if (!list || !parent || index === undefined) return undefined;
    parent.children.splice(index + 1, 0, list);
    return [SKIP, index + 2];
  });
  return cleanTree(copy);
}
