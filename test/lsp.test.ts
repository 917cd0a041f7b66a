import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import {
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  RenameRequest,
  ShutdownRequest,
} from 'vscode-languageserver-protocol';
import type { CompletionItem, Diagnostic, Hover, Location, WorkspaceEdit, DocumentSymbol } from 'vscode-languageserver-protocol';
import { BIN, TODAY, copyRealData } from './helpers.js';

/** A headless LSP client: `sup lsp` spawned, JSON-RPC over its stdin and stdout. */
let root: string;
let child: ChildProcess;
let rpc: MessageConnection;
const diagnostics = new Map<string, Diagnostic[]>();
const waiters: (() => void)[] = [];
const uri = (path: string) => pathToFileURL(join(root, path)).href;
const A = 'data/mal/klimatomstallning.md';
const B = 'data/exempel/2025/aktiviteter/laddinfrastruktur-plan.md';
let versions = 1;

/** Resolves when the diagnostics last published for `path` satisfy `test` (they may already). */
function published(path: string, test: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${path}: ${JSON.stringify(diagnostics.get(path))}`)), 10_000);
    const check = () => {
      const d = diagnostics.get(uri(path));
      if (d && test(d)) {
        clearTimeout(timer);
        resolve(d);
        return true;
      }
      return false;
    };
    const wait = () => {
      if (!check()) waiters.push(wait);
    };
    wait();
  });
}

function openFile(path: string, text = readFileSync(join(root, path), 'utf8')): string {
  void rpc.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(path), languageId: path.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text } });
  return text;
}

function change(path: string, text: string): void {
  void rpc.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(path), version: ++versions }, contentChanges: [{ text }] });
}

beforeAll(async () => {
  root = copyRealData();
  child = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--today', TODAY], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LANG: 'sv_SE.UTF-8' } });
  rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  rpc.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) w();
  });
  rpc.listen();
  const init = await rpc.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, workspaceFolders: null });
  expect(init.capabilities.renameProvider).toEqual({ prepareProvider: true });
  await rpc.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
  await rpc.sendRequest(ShutdownRequest.type);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await rpc.sendNotification(ExitNotification.type);
  expect(await exited).toBe(0);
  rpc.dispose();
});

describe('sup lsp', () => {
  it('publishes exact diagnostics for unsaved frontmatter with å, ä and ö before the error', async () => {
    const text = openFile(A);
    await published(A, (d) => d.length === 0);
    change(A, text.replace('ägare: klimatstrateger', 'ägare: klimatstrategerna'));
    const d = await published(A, (list) => list.length > 0);
    expect(d.map((x) => ({ range: x.range, code: x.code, severity: x.severity, source: x.source }))).toEqual([
      { range: { start: { line: 8, character: 7 }, end: { line: 8, character: 24 } }, code: 'ref/unknown', severity: 1, source: 'sup' },
    ]);
    expect(d[0]!.message).toContain('klimatstrategerna');
    change(A, text);
    await published(A, (list) => list.length === 0);
  });

  it('shows a finding in file B when an unsaved change in file A breaks B’s reference', async () => {
    const textA = readFileSync(join(root, A), 'utf8');
    openFile(B);
    await published(B, (d) => d.length === 0);
    change(A, textA.replace('id: klimatomstallning', 'id: klimatomställning-x'));
    const d = await published(B, (list) => list.some((x) => x.code === 'ref/unknown'));
    const lines = readFileSync(join(root, B), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('- klimatomstallning'));
    const ref = d.find((x) => x.code === 'ref/unknown')!;
    expect(ref.range).toEqual({ start: { line, character: 4 }, end: { line, character: 4 + 'klimatomstallning'.length } });
    change(A, textA);
    await published(B, (list) => list.length === 0);
  });

  it('goes to the definition of a reference in another file', async () => {
    const lines = readFileSync(join(root, B), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('- klimatomstallning'));
    const loc = (await rpc.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(B) }, position: { line, character: 8 } })) as Location;
    expect(loc).toEqual({ uri: uri(A), range: { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } } });
  });

  it('completes ids of the right kind with their titles, and enum values', async () => {
    const text = readFileSync(join(root, A), 'utf8');
    change(A, text.replace('ägare: klimatstrateger', 'ägare: '));
    const items = (await rpc.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(A) }, position: { line: 8, character: 7 } })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual(['arbetsgrupp-godstransporter', 'klimatstrateger', 'rufs', 'trafikstrateger']);
    expect(items[1]!.detail).toBe('nätverk: Nätverk för klimatstrateger');
    change(A, text.replace('nivå: långsiktigt', 'nivå: '));
    const levels = (await rpc.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(A) }, position: { line: 3, character: 6 } })) as CompletionItem[];
    expect(levels.map((i) => i.label)).toEqual(['vision', 'övergripande', 'långsiktigt', 'delmål']);
    change(A, text);
  });

  it('hovers with title, kind and owner', async () => {
    const lines = readFileSync(join(root, B), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('- klimatomstallning'));
    const hover = (await rpc.sendRequest(HoverRequest.type, { textDocument: { uri: uri(B) }, position: { line, character: 6 } })) as Hover;
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: '**Södertörn leder vägen i omställningen mot ett hållbart transportsystem** — mål `klimatomstallning`  \nNivå: långsiktigt  \nÄgare: klimatstrateger (Nätverk för klimatstrateger)',
    });
  });

  it('renames an id in its file and in every reference', async () => {
    const prepared = await rpc.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri(A) }, position: { line: 2, character: 6 } });
    expect(prepared).toEqual({ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } }, placeholder: 'klimatomstallning' });
    const edit = (await rpc.sendRequest(RenameRequest.type, { textDocument: { uri: uri(A) }, position: { line: 2, character: 6 }, newName: 'klimat' })) as WorkspaceEdit;
    const files = Object.keys(edit.changes!).map((u) => u.slice(pathToFileURL(root).href.length + 1)).sort();
    expect(files).toEqual([
      'data/exempel/2023/aktiviteter/cykelpendlingsutmaning-2023.md',
      'data/exempel/2023/aktiviteter/laddinfrastruktur-forstudie.md',
      'data/exempel/2023/arsredovisning.md',
      'data/exempel/2023/delmal/delmal-2023-laddning.md',
      'data/exempel/2024/aktiviteter/cykelpendlingsutmaning-2024.md',
      'data/exempel/2024/aktiviteter/laddinfrastruktur-behovsanalys.md',
      'data/exempel/2024/arsredovisning.md',
      'data/exempel/2024/delmal/delmal-2024-cykelpendling.md',
      'data/exempel/2024/delmal/delmal-2024-laddning.md',
      'data/exempel/2025/aktiviteter/fossilfria-tjanstefordon-erfarenhetsutbyte.md',
      'data/exempel/2025/aktiviteter/indikatoruppfoljning-sup-2040.md',
      'data/exempel/2025/aktiviteter/laddinfrastruktur-plan.md',
      'data/exempel/2025/arsredovisning.md',
      'data/exempel/2025/delmal/delmal-2025-cykelpendling.md',
      'data/exempel/2025/delmal/delmal-2025-laddinfrastruktur.md',
      'data/exempel/2025/indikatorer/laddbara-personbilar-andel.yaml',
      'data/exempel/2025/indikatorer/publika-laddpunkter.yaml',
      'data/exempel/2025/indikatorer/utslapp-vaxthusgaser-per-invanare.yaml',
      'data/exempel/2025/indikatorer/utslapp-vaxthusgaser-transporter.yaml',
      'data/exempel/2026/aktiviteter/laddplan-forankring.md',
      'data/exempel/2026/aktiviteter/regionala-cykelstrak-prioritering-2026.md',
      'data/exempel/2026/delmal/delmal-2026-cykelstrak.md',
      'data/exempel/2026/delmal/delmal-2026-laddplan.md',
      'data/mal/klimatomstallning.md',
      // The successor programme's goal names it in ersätter: that reference follows the rename too.
      'data/sup-2040-2027-2030/mal/klimatomstallning-2027-2030.md',
    ]);
    expect(edit.changes![uri(A)]).toEqual([{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } }, newText: 'klimat' }]);
    await expect(rpc.sendRequest(RenameRequest.type, { textDocument: { uri: uri(A) }, position: { line: 2, character: 6 }, newName: 'Klimatomställning' })).rejects.toThrow(
      'Klimatomställning är inget giltigt id: små bokstäver a–z, siffror och bindestreck, utan å, ä och ö.',
    );
    await expect(rpc.sendRequest(RenameRequest.type, { textDocument: { uri: uri(A) }, position: { line: 2, character: 6 }, newName: 'tillganglighet' })).rejects.toThrow('Id tillganglighet används redan av en annan post.');
  });

  it('renames through the sup mv engine over unsaved text: an open document is rewritten as the editor has it, nothing is written on disk', async () => {
    const onDisk = readFileSync(join(root, B), 'utf8');
    // Unsaved in B: two lines more above the reference, and a second reference to the goal that is not on disk.
    const unsaved = onDisk.replace('titel: Gemensam plan', '# osparad rad\n# en till\ntitel: Gemensam plan').replace('  - klimatomstallning\n', '  - klimatomstallning\n  - "klimatomstallning"\n');
    change(B, unsaved);
    const edit = (await rpc.sendRequest(RenameRequest.type, { textDocument: { uri: uri(A) }, position: { line: 2, character: 6 }, newName: 'klimat' })) as WorkspaceEdit;
    const line = unsaved.split('\n').findIndex((l) => l === '  - klimatomstallning');
    expect(edit.changes![uri(B)]).toEqual([
      { range: { start: { line, character: 4 }, end: { line, character: 21 } }, newText: 'klimat' },
      // The quoted reference stays quoted, as with sup mv.
      { range: { start: { line: line + 1, character: 4 }, end: { line: line + 1, character: 23 } }, newText: '"klimat"' },
    ]);
    expect(readFileSync(join(root, B), 'utf8')).toBe(onDisk);
    expect(readFileSync(join(root, A), 'utf8')).toContain('id: klimatomstallning');
    change(B, onDisk);
    await published(B, (list) => list.length === 0);
  });

  it('lists the entities of a file as document symbols', async () => {
    const symbols = (await rpc.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(A) } })) as DocumentSymbol[];
    expect(symbols.map((s) => [s.name, s.detail, s.selectionRange])).toEqual([
      ['klimatomstallning: Södertörn leder vägen i omställningen mot ett hållbart transportsystem', 'mål', { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } }],
    ]);
  });
});
