import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { ResidentEngine } from '../src/check/resident-engine.js';
import { OverlaySource } from '../src/source/overlay-source.js';
import { WorktreeSource } from '../src/source/worktree-source.js';
import { copyRealData, TODAY } from './helpers.js';

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/** A filler sentence of templates/ny/aktivitet.md, which rule text/filler finds in a body. */
const FILLER = 'Beskriv aktiviteten här: vad som ska göras och varför, vem som gör vad, och vad som ska vara klart.';

/** One change a person or a pull request makes; `unsaved` ones are an editor's text, the others are written on disk. */
const step = fc.oneof(
  fc.record({ op: fc.constant('rename-id' as const), file: fc.nat(), to: fc.option(fc.nat(), { nil: undefined }), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('break-ref' as const), file: fc.nat(), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('bad-value' as const), file: fc.nat(), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('period-order' as const), file: fc.nat(), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('filler' as const), file: fc.nat(), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('restore' as const), file: fc.nat(), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('add' as const), file: fc.nat(), id: fc.constantFrom('keep', 'new', 'near'), unsaved: fc.boolean() }),
  fc.record({ op: fc.constant('remove' as const), file: fc.nat() }),
  fc.record({ op: fc.constant('close' as const), file: fc.nat() }),
  fc.record({ op: fc.constant('template' as const), filler: fc.boolean() }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * The resident engine must find exactly what a fresh `sup check` finds on the same texts, however
 * its reuse of files, per-file rule findings and listings is driven: after every batch of changes
 * its findings are compared with a new checkProject over the disk with the unsaved texts on top.
 */
describe('resident engine ≡ a fresh check', () => {
  test('after random adds, removes, renamed ids, broken references and unsaved texts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const root = copyRealData();
        const original = new Map(walk(join(root, 'data')).map((f) => [relative(root, f).split('\\').join('/'), readFileSync(join(f), 'utf8')]));
        const paths = [...original.keys()].filter((p) => /\.(md|yaml)$/.test(p) && p !== 'data/README.md');
        const disk = new Map(original);
        const unsaved = new Map<string, string>();
        const engine = new ResidentEngine({ root, today: TODAY });
        engine.recheck();
        let added = 0;
        const current = (p: string) => unsaved.get(p) ?? disk.get(p);
        const put = (p: string, text: string, isUnsaved: boolean) => {
          if (isUnsaved) {
            unsaved.set(p, text);
            engine.setText(p, text);
          } else {
            mkdirSync(dirname(join(root, p)), { recursive: true });
            writeFileSync(join(root, p), text);
            disk.set(p, text);
            engine.diskChanged([p]);
          }
        };
        const apply = (s: Step) => {
          if (s.op === 'template') {
            const p = 'templates/ny/aktivitet.md';
            const text = `---\ntyp: aktivitet\nid:\n---\n\n${s.filler ? 'Skriv en rad om sammanhanget för aktiviteten här.' : 'Beskriv aktiviteten här: något helt annat än förut.'}\n`;
            mkdirSync(dirname(join(root, p)), { recursive: true });
            writeFileSync(join(root, p), text);
            engine.diskChanged([p]);
            return;
          }
          const known = [...new Set([...paths, ...disk.keys(), ...unsaved.keys()])].filter((p) => p.startsWith('data/') && p !== 'data/README.md');
          const p = known[s.file % known.length]!;
          const text = current(p);
          if (s.op === 'remove') {
            if (!disk.has(p)) return;
            rmSync(join(root, p));
            disk.delete(p);
            engine.diskChanged([p]);
            return;
          }
          if (s.op === 'close') {
            if (!unsaved.delete(p)) return;
            engine.setText(p, undefined);
            return;
          }
          if (text === undefined) return;
          const ids = [...known].map((q) => /^id: (.+)$/m.exec(current(q) ?? '')?.[1]).filter((x): x is string => !!x);
          switch (s.op) {
            case 'rename-id':
              put(p, text.replace(/^id: (.+)$/m, (_, id: string) => `id: ${s.to === undefined ? `${id}-ny` : ids[s.to % ids.length]}`), s.unsaved);
              return;
            case 'break-ref':
              put(p, text.replace(/^(verksamhetsplan|förälder|ägare|ansvarig| {2}- ): ?(.+)$/m, (_, k: string) => `${k}${k.endsWith(' ') ? '' : ': '}finns-inte`), s.unsaved);
              return;
            case 'bad-value':
              put(p, text.replace(/^(status|nivå|form): /m, '$1: x'), s.unsaved);
              return;
            case 'period-order':
              put(p, text.replace(/från: "\d{4}-/, 'från: "2099-'), s.unsaved);
              return;
            case 'filler':
              put(p, p.endsWith('.md') ? `${text}\n${FILLER}\n` : text, s.unsaved);
              return;
            case 'restore': {
              const o = original.get(p);
              if (o !== undefined) put(p, o, s.unsaved);
              return;
            }
            case 'add': {
              const q = `data/extra/extra-${added++}${p.endsWith('.md') ? '.md' : '.yaml'}`;
              // 'near': close to the broken references' value, so their suggestion changes although they never asked for it.
              put(q, s.id === 'keep' ? text : text.replace(/^id: (.+)$/m, `id: ${s.id === 'near' ? 'finns-intet' : `extra-${added}`}`), s.unsaved);
              return;
            }
          }
        };
        for (const batch of batches) {
          for (const s of batch) apply(s);
          const got = engine.recheck().result;
          const overlay = new OverlaySource(new WorktreeSource(root), new Map([...unsaved].map(([p, t]) => [p, Buffer.from(t, 'utf8')])));
          const want = checkProject({ root, source: overlay, today: TODAY });
          expect(got.diagnostics).toEqual(want.diagnostics);
          expect(got.summary).toEqual(want.summary);
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  test("an unknown reference's suggestion follows an id added in another file, which the reference never asked for", () => {
    const root = copyRealData();
    const engine = new ResidentEngine({ root, today: TODAY });
    engine.recheck();
    const goal = 'data/mal/klimatomstallning.md';
    const text = readFileSync(join(root, goal), 'utf8');
    engine.setText(goal, text.replace('förälder: infrastruktur', 'förälder: finns-inte'));
    const first = engine.recheck().result.diagnostics.filter((d) => d.ruleId === 'ref/unknown');
    expect(first.map((d) => [d.file, d.hint])).toEqual([[goal, undefined]]);
    const near = readFileSync(join(root, 'data/mal/tillganglighet.md'), 'utf8').replace(/^id: .+$/m, 'id: finns-intet');
    writeFileSync(join(root, 'data/mal/finns-intet.md'), near);
    engine.diskChanged(['data/mal/finns-intet.md']);
    const got = engine.recheck().result;
    const want = checkProject({ root, source: new OverlaySource(new WorktreeSource(root), new Map([[goal, Buffer.from(text.replace('förälder: infrastruktur', 'förälder: finns-inte'))]])), today: TODAY });
    expect(got.diagnostics.find((d) => d.ruleId === 'ref/unknown' && d.file === goal)?.hint).toMatch(/finns-intet/);
    expect(got.diagnostics).toEqual(want.diagnostics);
  });

  test('goals left without activities one unsaved edit at a time: goal/no-activity follows each, as a fresh check finds', () => {
    const root = copyRealData();
    const engine = new ResidentEngine({ root, today: TODAY });
    const first = engine.recheck().result;
    const unsaved = new Map<string, Buffer>();
    const activities = first.project.entities.filter((e) => e.kind === 'aktivitet').map((e) => e.file.path);
    expect(activities.length).toBeGreaterThan(10);
    let seen = 0;
    for (const path of activities) {
      const text = readFileSync(join(root, path), 'utf8');
      const emptied = text.replace(/^mål:\n( {2}- .+\n)+/m, 'mål: []\n');
      expect(emptied).not.toBe(text);
      // A status edit first (the projection of the goal rule is unchanged), then the goals go.
      for (const next of [emptied.replace(/^status: .+$/m, 'status: pågår'), emptied]) {
        unsaved.set(path, Buffer.from(next));
        engine.setText(path, next);
        const got = engine.recheck().result.diagnostics;
        const want = checkProject({ root, source: new OverlaySource(new WorktreeSource(root), new Map(unsaved)), today: TODAY }).diagnostics;
        expect(got).toEqual(want);
        seen = Math.max(seen, got.filter((d) => d.ruleId === 'goal/no-activity').length);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the resident engine with exact budget sums', () => {
  test('a budget line overrun (its sum a BigInt in the finding data) is re-checked and equals a fresh check, not a crash', () => {
    const root = copyRealData();
    const engine = new ResidentEngine({ root, today: TODAY });
    engine.recheck();
    // Three copies of an activity with a budget: the line's planned sum goes over the line's budget.
    const text = readFileSync(join(root, 'data/exempel/2025/aktiviteter/cykelpendlingsutmaning-2025.md'), 'utf8');
    mkdirSync(join(root, 'data/extra'), { recursive: true });
    const copies = [1, 2, 3].map((n) => `data/extra/kopia-${n}.md`);
    for (const p of copies) writeFileSync(join(root, p), text);
    engine.diskChanged(copies);
    const got = engine.recheck().result;
    const want = checkProject({ root, today: TODAY });
    expect(got.diagnostics).toEqual(want.diagnostics);
    expect(got.diagnostics.some((d) => d.ruleId === 'budget/over' && typeof (d.data as { planned?: unknown } | undefined)?.planned === 'bigint')).toBe(true);
  });
});
