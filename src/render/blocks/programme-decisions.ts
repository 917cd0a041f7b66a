import type { RootContent } from 'mdast';
import type { RenderContext } from '../context.js';
import { paragraph, strong, text } from '../markdown.js';

/** "Botkyrka, Haninge och Huddinge". */
function inWords(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}

/**
 * Styrning: a notice when the programme in force in the year lacks the decision of some member
 * kommun's kommunstyrelse (program/decisions-missing), naming them; nothing when all have decided.
 */
export function undecidedProgrammeBlock(ctx: RenderContext): RootContent[] {
  const u = ctx.undecided;
  if (!u || u.kommuner.length === 0) return [];
  return [
    paragraph(
      strong('Beslut saknas.'),
      text(` ${u.program} gäller ${ctx.data.year}, men beslut om programmet i kommunstyrelsen saknas för ${inWords(u.kommuner)}.`),
    ),
  ];
}
