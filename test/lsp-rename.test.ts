import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ResidentEngine } from '../src/check/resident-engine.js';
import { renameReferences } from '../src/edit/rename-references.js';
import { applyEdits, renameEdits } from '../src/lsp/rename-edits.js';
import { copyRealData, TODAY } from './helpers.js';

describe('LSP rename = sup mv', () => {
  test("applying the server's edits to the editor's texts gives exactly the files sup mv would write, unsaved text included", () => {
    const root = copyRealData();
    const engine = new ResidentEngine({ root, today: TODAY });
    const B = 'data/exempel/2025/aktiviteter/laddinfrastruktur-plan.md';
    const disk = readFileSync(join(root, B), 'utf8');
    // Unsaved: a quoted and a flow-style reference that are not on disk.
    engine.setText(B, disk.replace('  - klimatomstallning\n', "  - klimatomstallning\n  - 'klimatomstallning'\n").replace('ansvarig: klimatstrateger', 'ansvarig: klimatstrateger # klimatomstallning i en kommentar'));
    const project = engine.recheck().result.project;
    const edits = renameEdits(project, 'klimatomstallning', 'klimat');
    const mv = renameReferences(project, 'klimatomstallning', 'klimat');
    if (!edits.ok || !mv.ok) throw new Error('rename refused');
    expect(mv.movedTo).toBe('data/mal/klimat.md');
    const written = new Map(mv.changes.filter((c) => c.content !== null).map((c) => [c.path === mv.movedTo ? 'data/mal/klimatomstallning.md' : c.path, c.content!.toString('utf8')]));
    expect(edits.files.map((f) => f.path).sort()).toEqual([...written.keys()].sort());
    for (const f of edits.files) {
      const text = project.files.find((c) => c.file.path === f.path)!.file.text;
      expect([f.path, applyEdits(text, f.edits)]).toEqual([f.path, written.get(f.path)]);
      // One edit per place, never a whole-file replacement, for the files of the real programme.
      expect(f.edits.every((e) => e.text === 'klimat' || e.text === "'klimat'")).toBe(true);
    }
    const b = edits.files.find((f) => f.path === B)!;
    expect(b.edits.map((e) => e.text)).toEqual(['klimat', "'klimat'"]);
    // Nothing on disk changed.
    expect(readFileSync(join(root, B), 'utf8')).toBe(disk);
  });

  test('refusals map to the editor’s reasons', () => {
    const root = copyRealData();
    const project = new ResidentEngine({ root, today: TODAY }).recheck().result.project;
    expect(renameEdits(project, 'klimatomstallning', 'Klimat')).toEqual({ ok: false, reason: 'invalid-id' });
    expect(renameEdits(project, 'klimatomstallning', 'tillganglighet')).toEqual({ ok: false, reason: 'taken' });
    expect(renameEdits(project, 'finns-inte', 'ny')).toEqual({ ok: false, reason: 'unknown' });
    expect(renameEdits(project, 'klimatomstallning', 'klimatomstallning')).toEqual({ ok: true, files: [] });
  });
});
