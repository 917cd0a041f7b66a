import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { cleanTree } from './markdown.js';

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one' });

/** GitHub-flavoured Markdown; figures stay Mermaid code blocks, which GitHub and GitLab draw. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(cleanTree(tree));
}
