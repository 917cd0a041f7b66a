import jsonc from 'jsonc-parser';

/**
 * The offset of the first `{` or `[` of a JSON text nested deeper than `max`, found with the
 * scanner (no recursion), or undefined. jsonc-parser's parseTree recurses per level, so a file
 * nested a million deep would overflow the stack before it could say where the file is wrong.
 */
export function firstTooDeep(text: string, max: number): number | undefined {
  const scanner = jsonc.createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== jsonc.SyntaxKind.EOF; token = scanner.scan()) {
    if (token === jsonc.SyntaxKind.OpenBraceToken || token === jsonc.SyntaxKind.OpenBracketToken) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (token === jsonc.SyntaxKind.CloseBraceToken || token === jsonc.SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
