import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { cleanDocumentText } from '../util/escape.js';

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one' });

/** GitHub-flavoured Markdown; figures stay Mermaid code blocks, which GitHub and GitLab draw. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(cleanLiterals(tree));
}

/**
 * remark-stringify escapes Markdown syntax in text but passes control characters through: every
 * literal value (text, code, inline code) and link target is cleaned on a copy of the tree, so the
 * HTML made from the same tree is unchanged.
 */
function cleanLiterals(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    if ('value' in node && typeof node.value === 'string') node.value = cleanDocumentText(node.value);
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') node.url = cleanDocumentText(node.url).replace(/\n/g, '%0A');
    if ((node.type === 'link' || node.type === 'definition') && typeof node.title === 'string') node.title = cleanDocumentText(node.title);
  });
  return copy;
}
