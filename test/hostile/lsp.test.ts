import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RenameRequest,
  ShutdownRequest,
} from 'vscode-languageserver-protocol';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { BIN, TODAY, copyRealData, tempDir } from '../helpers.js';

/*
 * An editor's messages carry what a data repository holds (unsaved text of its files) and URIs
 * the client chooses. A hostile repository opened in an editor could hold a link out of the
 * project, a file of megabytes or thousands of levels deep, ids with terminal escapes; a client
 * could send URIs outside the root, with `..`, or of another scheme. The server must answer
 * none of them from outside the root, publish nothing for them, and stay alive and bounded.
 */

let root: string;
let outside: string;
let child: ChildProcess;
let rpc: MessageConnection;
const published = new Map<string, Diagnostic[]>();
let stderr = '';

function open(uri: string, text: string): void {
  void rpc.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
}

/** Waits until the server has handled everything sent so far: a request is answered after the notifications before it. */
async function settle(): Promise<void> {
  await rpc.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: pathToFileURL(join(root, 'data/program.md')).href } });
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]);
}

beforeAll(async () => {
  root = copyRealData();
  outside = tempDir();
  writeFileSync(join(outside, 'hemlig.md'), '---\ntyp: mål\nid: hemlig\nnivå: övergripande\ntitel: HEMLIG TITEL\n---\n');
  symlinkSync(outside, join(root, 'data', 'ut'));
  child = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--today', TODAY], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  rpc.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, p.diagnostics);
  });
  rpc.listen();
  await rpc.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, workspaceFolders: null });
  await rpc.sendNotification(InitializedNotification.type, {});
}, 60_000);

afterAll(async () => {
  await rpc.sendRequest(ShutdownRequest.type);
  void rpc.sendNotification(ExitNotification.type);
  await new Promise((r) => child.once('exit', r));
});

describe('hostile: sup lsp', () => {
  test('URIs outside the root, with .., of other schemes or through a link out: nothing published, nothing answered, nothing read', async () => {
    const text = readFileSync(join(outside, 'hemlig.md'), 'utf8');
    const uris = [
      pathToFileURL(join(outside, 'hemlig.md')).href,
      `${pathToFileURL(root).href}/data/../../${outside.split('/').slice(2).join('/')}/hemlig.md`,
      `${pathToFileURL(root).href}/data/%2e%2e/%2E%2E/etc/passwd`,
      'untitled:Untitled-1',
      'https://example.org/data/mal/x.md',
      'file://fjärrvärd/data/mal/x.md',
    ];
    for (const uri of uris) open(uri, text);
    // A change to a document the server refused to open, and to one it never heard of, is dropped the same way.
    for (const uri of [...uris, `${pathToFileURL(root).href}/../utanför.md`]) {
      void rpc.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('HEMLIG', 'ÄNDRAD HEMLIG') }] });
    }
    await settle();
    for (const uri of uris) {
      expect([uri, published.has(uri)]).toEqual([uri, false]);
      expect([uri, await rpc.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 9 } })]).toEqual([uri, null]);
    }
    // Through the link data/ut -> outside: the link is refused like in sup check, and its target's text never comes back.
    const viaLink = pathToFileURL(join(root, 'data', 'ut', 'hemlig.md')).href;
    const hover = await rpc.sendRequest(HoverRequest.type, { textDocument: { uri: viaLink }, position: { line: 4, character: 9 } });
    expect(JSON.stringify(hover ?? null)).not.toContain('HEMLIG');
    expect(child.exitCode).toBe(null);
  });

  test('huge and deeply nested unsaved text: a diagnostic, no crash, memory bounded', async () => {
    const before = rssKb(child.pid!);
    const huge = pathToFileURL(join(root, 'data/mal/stor.md')).href;
    open(huge, `---\ntyp: mål\nid: stor\nnivå: övergripande\ntitel: ${'å'.repeat(6 * 1024 * 1024)}\n---\n`);
    const deep = pathToFileURL(join(root, 'data/mal/djup.md')).href;
    open(deep, `---\ntyp: mål\nid: djup\nnivå: övergripande\ntitel: ${'['.repeat(100_000)}\n---\n`);
    await settle();
    expect(published.get(huge)?.length).toBeGreaterThan(0);
    expect(published.get(deep)?.length).toBeGreaterThan(0);
    expect(child.exitCode).toBe(null);
    expect(stderr).not.toContain('internt fel');
    // The 12 MB string is dropped once refused; the server grows by far less than a copy per keystroke.
    for (let i = 0; i < 5; i++) {
      void rpc.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: huge, version: i + 2 }, contentChanges: [{ text: `---\ntyp: mål\nid: stor\ntitel: ${'ä'.repeat(6 * 1024 * 1024)}${i}\n---\n` }] });
    }
    await settle();
    expect(rssKb(child.pid!) - before).toBeLessThan(400 * 1024);
  }, 60_000);

  test('rename: a reference behind a link out is neither read nor rewritten, edits name only files inside the root, a hostile new name comes back escaped', async () => {
    writeFileSync(join(outside, 'ref.md'), '---\ntyp: mål\nid: utanfor\nnivå: delmål\ntitel: Utanför\nförälder: klimatomstallning\n---\n');
    const A = pathToFileURL(join(root, 'data/mal/klimatomstallning.md')).href;
    const edit = (await rpc.sendRequest(RenameRequest.type, { textDocument: { uri: A }, position: { line: 2, character: 6 }, newName: 'klimat-ny' })) as WorkspaceEdit;
    const uris = Object.keys(edit.changes ?? {});
    expect(uris.length).toBeGreaterThan(3);
    for (const u of uris) {
      expect(u.startsWith(`${pathToFileURL(root).href}/data/`)).toBe(true);
      expect(u).not.toContain('/data/ut/');
    }
    expect(JSON.stringify(edit)).not.toContain('utanfor');
    const hostile = 'x\u001b]0;ägd\u0007\u001b[2J';
    const refused = await rpc.sendRequest(RenameRequest.type, { textDocument: { uri: A }, position: { line: 2, character: 6 }, newName: hostile }).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(refused).toContain('är inget giltigt id');
    // eslint-disable-next-line no-control-regex
    expect(refused).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test('control characters in an id reach diagnostics and hover as data, never as raw escapes', async () => {
    const uri = pathToFileURL(join(root, 'data/mal/styrtecken.md')).href;
    open(uri, '---\ntyp: mål\nid: "a\\e]0;ägd\\a\\e[2J"\nnivå: delmål\ntitel: Styrtecken\nförälder: "okänd\\e[31m"\n---\n');
    await settle();
    const list = published.get(uri) ?? [];
    expect(list.length).toBeGreaterThan(0);
    const hover = await rpc.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 6 } });
    // eslint-disable-next-line no-control-regex
    for (const text of [...list.map((d) => d.message), JSON.stringify(hover ?? '')]) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
