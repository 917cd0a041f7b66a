import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-project.js';
import { ResidentEngine } from '../../src/check/resident-engine.js';
import { copyRealData, REPO, TODAY } from '../helpers.js';

/*
 * The filler texts of text/filler come from templates/ny/, read through the project's source; a
 * pull request may make templates/ a link to another folder inside the project. An edit of a
 * template there reaches the engine as that folder's path, not as templates/…: the resident
 * engine (sup lsp, sup check --watch) must still find what a fresh sup check finds.
 */
describe('the resident engine on a hostile tree', () => {
  test('an edit of templates/ny/ through a link inside the project changes text/filler as in a fresh check', () => {
    const root = copyRealData();
    cpSync(join(REPO, 'templates'), join(root, 'mallar'), { recursive: true });
    symlinkSync('mallar', join(root, 'templates'));
    const own = 'Skriv här vad den här aktiviteten handlar om och varför den behövs i samverkan.';
    const template = join(root, 'mallar/ny/aktivitet.md');
    const original = readFileSync(template, 'utf8');
    writeFileSync(template, original.replace(/Beskriv aktiviteten här[^]*$/, `${own}\n`));
    const activity = join(root, 'data/exempel/2025/aktiviteter/cykelpendlingsutmaning-2025.md');
    writeFileSync(activity, `${readFileSync(activity, 'utf8')}\n${own}\n`);
    const engine = new ResidentEngine({ root, today: TODAY });
    const filler = (ds: readonly { ruleId: string; file: string }[]) => ds.filter((d) => d.ruleId === 'text/filler').map((d) => d.file);
    expect(filler(engine.recheck().result.diagnostics)).toEqual(['data/exempel/2025/aktiviteter/cykelpendlingsutmaning-2025.md']);
    // The template changes (on disk, behind the link): the activity's sentence is no filler any more.
    writeFileSync(template, original);
    engine.diskChanged(['mallar/ny/aktivitet.md']);
    const fresh = checkProject({ root, today: TODAY, cache: false });
    expect(filler(fresh.diagnostics)).toEqual([]);
    expect(filler(engine.recheck().result.diagnostics)).toEqual(filler(fresh.diagnostics));
  });

  test('a budget line overspent by a copied activity (its sum a BigInt) is a finding in the resident engine, not "internt fel"', () => {
    const root = copyRealData();
    mkdirSync(join(root, 'data/extra'), { recursive: true });
    const engine = new ResidentEngine({ root, today: TODAY });
    engine.recheck();
    cpSync(join(root, 'data/exempel/2025/aktiviteter/laddinfrastruktur-plan.md'), join(root, 'data/extra/kopia.md'));
    engine.diskChanged(['data/extra/kopia.md']);
    const got = engine.recheck().result;
    const fresh = checkProject({ root, today: TODAY, cache: false });
    expect(got.diagnostics.filter((d) => d.ruleId === 'budget/over').map((d) => d.message)).toEqual([
      'Aktiviteterna på budgetposten "utredningar" kostar tillsammans 1\u00a0230\u00a0000 kr, mer än postens 1\u00a0100\u00a0000 kr.',
    ]);
    expect(got.diagnostics).toEqual(fresh.diagnostics);
    // From the start too: sup check --watch and sup lsp check once before any change.
    expect(new ResidentEngine({ root, today: TODAY }).recheck().result.diagnostics).toEqual(fresh.diagnostics);
  });
});
