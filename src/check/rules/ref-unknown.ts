import type { Rule } from '../rule.js';
import { suggest } from '../../util/suggest.js';

/** Every reference declared with `x-sup-ref` in a schema names an entity of an allowed kind. */
export const refUnknown: Rule = {
  id: 'ref/unknown',
  severity: 'error',
  run({ project, msg, say, report }) {
    for (const checked of project.files) {
      for (const ref of checked.references) {
        if (typeof ref.value !== 'string') continue; // the schema rule reports the wrong type
        const found = project.byId.get(ref.value);
        if (found?.some((e) => ref.kinds.includes(e.kind))) continue;
        if (found && found.length > 0) {
          report({
            file: checked.file,
            path: ref.path,
            ...say('ref/wrong-kind', { value: ref.value, actual: found[0]!.kind, kinds: ref.kinds }),
            related: [{ ...say('ref/defined-here', { kind: found[0]!.kind }), file: found[0]!.file, path: [...found[0]!.path, 'id'] }],
          });
          continue;
        }
        const candidates = project.entities.filter((e) => ref.kinds.includes(e.kind)).map((e) => e.id);
        const suggestion = suggest(ref.value, candidates);
        report({
          file: checked.file,
          path: ref.path,
          ...say('ref/unknown', { value: ref.value, kinds: ref.kinds, suggestion }),
          ...(suggestion ? { hint: msg['hint/did-you-mean']({ suggestion }) } : {}),
        });
      }
    }
  },
};
