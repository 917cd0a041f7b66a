import { escapeTerminal } from '../util/escape.js';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic as LspDiagnostic, InitializeResult, WorkspaceEdit } from 'vscode-languageserver/node';
import { DiagnosticSeverity, ResponseError, ErrorCodes, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { ResidentEngine, groupByFile } from '../check/resident-engine.js';
import type { Lang } from '../messages/catalogue.js';
import { lspMessages } from '../messages/lsp.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { findingsKey } from '../model/diagnostic.js';
import type { Project } from '../load/project.js';
import { findRoot } from '../load/find-root.js';
import { renameEdits } from './rename-edits.js';
import { watchTree } from '../watch/watch-tree.js';
import type { TreeWatch } from '../watch/watch-tree.js';
import { completeAt } from './complete-at.js';
import { describeHover } from './describe-hover.js';
import { findDefinition } from './find-definition.js';
import { listSymbols } from './list-symbols.js';
import { offsetOf, rangeOf, toLspPosition } from './lsp-positions.js';
import { checkedFile, pointedAt } from './reference-at.js';

export interface ServerOptions {
  /** Where to look for the project when the client names no folder (sup's -C or the working folder). */
  start: string;
  lang: Lang;
  today?: string;
  /** Watch the working tree for changes to files that are not open (default true). */
  watch?: boolean;
}

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * `sup lsp` on an open connection: the resident check engine behind the language server protocol.
 * Open documents' unsaved text lies over the working tree (OverlaySource); after every change the
 * project is checked again and diagnostics are published for every open file whose findings changed.
 * Resolves when the client ends the session.
 */
export function serveLanguage(connection: Connection, options: ServerOptions): Promise<void> {
  const msg = lspMessages(options.lang);
  let engine: ResidentEngine | undefined;
  let tree: TreeWatch | undefined;
  /** Open documents: project path → the URI the client uses, and its text. */
  const open = new Map<string, { uri: string; text: string }>();
  const published = new Map<string, string>();
  let scheduled = false;

  const pathOf = (uri: string): string | undefined => {
    if (!engine || !uri.startsWith('file:')) return undefined;
    let abs: string;
    try {
      abs = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    const rel = relative(engine.root, abs);
    if (rel === '' || rel.startsWith('..') || resolve(engine.root, rel) !== abs) return undefined;
    return rel.split(sep).join('/');
  };
  const uriOf = (path: string): string => open.get(path)?.uri ?? pathToFileURL(resolve(engine!.root, path)).href;

  /** The project as checked with every change so far; a request never answers from an older state. */
  const fresh = (): Project | undefined => {
    if (!engine) return undefined;
    if (engine.dirty || !engine.result) publish(engine.recheck().result.diagnostics);
    return engine.result?.project;
  };
  const publish = (diagnostics: readonly Diagnostic[]) => {
    const byFile = groupByFile(diagnostics);
    for (const [path, doc] of open) {
      const list = (byFile.get(path) ?? []).map(toLspDiagnostic);
      const key = findingsKey(list);
      if (published.get(path) === key) continue;
      published.set(path, key);
      void connection.sendDiagnostics({ uri: doc.uri, diagnostics: list });
    }
  };
  // Keystrokes come faster than checks: one re-check after the burst, not one per event.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      fresh();
    });
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    let start = options.start;
    if (folder?.startsWith('file:')) {
      try {
        start = fileURLToPath(folder);
      } catch {
        // An unusable folder URI: the working folder stands.
      }
    }
    const root = existsSync(start) && statSync(start).isDirectory() ? findRoot(start) : undefined;
    if (root) {
      engine = new ResidentEngine({ root, lang: options.lang, ...(options.today ? { today: options.today } : {}) });
      if (options.watch !== false) tree = watchTree(root, (paths) => {
        engine!.diskChanged(paths.filter((p) => !open.has(p)));
        schedule();
      });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full },
        definitionProvider: true,
        completionProvider: { triggerCharacters: [' ', '-'] },
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
      },
      serverInfo: { name: 'sup' },
    };
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    const path = pathOf(textDocument.uri);
    if (path === undefined) return;
    open.set(path, { uri: textDocument.uri, text: textDocument.text });
    published.delete(path);
    engine!.setText(path, textDocument.text);
    schedule();
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const path = pathOf(textDocument.uri);
    const doc = path === undefined ? undefined : open.get(path);
    if (path === undefined || !doc) return;
    // Full sync: the last change holds the whole text.
    const last = contentChanges[contentChanges.length - 1];
    if (!last || 'range' in last) return;
    doc.text = last.text;
    engine!.setText(path, last.text);
    schedule();
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    const path = pathOf(textDocument.uri);
    if (path === undefined || !open.has(path)) return;
    open.delete(path);
    published.delete(path);
    engine!.setText(path, undefined);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    schedule();
  });

  /** The project, the file's path and the offset of a position, for a request on an open or known file. */
  const at = (uri: string, position: { line: number; character: number }) => {
    const project = fresh();
    const path = pathOf(uri);
    const checked = project && path !== undefined ? checkedFile(project, path) : undefined;
    if (!project || path === undefined || !checked) return undefined;
    return { project, path, offset: offsetOf(checked.file, position) };
  };

  connection.onDefinition(({ textDocument, position }) => {
    const a = at(textDocument.uri, position);
    return a ? (findDefinition(a.project, a.path, a.offset, uriOf) ?? null) : null;
  });
  connection.onCompletion(({ textDocument, position }) => {
    const a = at(textDocument.uri, position);
    return a ? completeAt(a.project, a.path, a.offset, options.lang) : [];
  });
  connection.onHover(({ textDocument, position }) => {
    const a = at(textDocument.uri, position);
    return a ? (describeHover(a.project, a.path, a.offset, options.lang) ?? null) : null;
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const project = fresh();
    const path = pathOf(textDocument.uri);
    return project && path !== undefined ? listSymbols(project, path, options.lang) : [];
  });
  connection.onPrepareRename(({ textDocument, position }) => {
    const a = at(textDocument.uri, position);
    const p = a ? pointedAt(a.project, a.path, a.offset) : undefined;
    if (!p?.entity) return null;
    return { range: rangeOf(p.checked.file, p.node.start, p.node.end), placeholder: p.entity.id };
  });
  connection.onRenameRequest(({ textDocument, position, newName }): WorkspaceEdit => {
    const a = at(textDocument.uri, position);
    const p = a ? pointedAt(a.project, a.path, a.offset) : undefined;
    if (!a || !p?.entity) throw new ResponseError(ErrorCodes.InvalidRequest, msg.renameNothing);
    const plan = renameEdits(a.project, p.entity.id, newName);
    if (!plan.ok) {
      const text = { unknown: msg.renameUnknown, ambiguous: msg.renameAmbiguous, 'invalid-id': msg.renameInvalid, taken: msg.renameTaken, unlocated: msg.renameUnlocated }[plan.reason];
      // The new name comes from the client and the id from the data: both shown with control characters escaped.
      throw new ResponseError(ErrorCodes.InvalidRequest, text(escapeTerminal(plan.reason === 'invalid-id' || plan.reason === 'taken' ? newName : p.entity.id)));
    }
    const changes: WorkspaceEdit['changes'] = {};
    for (const f of plan.files) {
      const file = checkedFile(a.project, f.path)!.file;
      changes[uriOf(f.path)] = f.edits.map((e) => ({ range: rangeOf(file, e.start, e.end), newText: e.text }));
    }
    return { changes };
  });

  return new Promise<void>((done) => {
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      void (tree?.close() ?? Promise.resolve()).then(() => done());
    };
    connection.onShutdown(() => tree?.close());
    connection.onExit(end);
    connection.listen();
  });
}

/** A sup diagnostic as an LSP diagnostic (rule id as code, source "sup"). */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const start = toLspPosition(d.start);
  const end = d.end ? toLspPosition(d.end) : start;
  // Messages quote data (ids, values): control characters shown as escapes, as in the terminal, so an editor's problem list cannot be driven by them.
  const message = escapeTerminal(d.message);
  return { range: { start, end }, severity: SEVERITY[d.severity], code: d.ruleId, source: 'sup', message: d.hint ? `${message}\n${escapeTerminal(d.hint)}` : message };
}
