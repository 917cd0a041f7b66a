// Starts `sup lsp` from the workspace's own installation (node_modules/.bin/sup, as package.json
// installs it) for folders with a sup.yaml, over stdio.
const { join } = require('node:path');
const { existsSync } = require('node:fs');
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const folder = workspace.workspaceFolders?.find((f) => existsSync(join(f.uri.fsPath, 'sup.yaml')));
  if (!folder) return;
  const local = join(folder.uri.fsPath, 'node_modules', '.bin', 'sup');
  const command = existsSync(local) ? local : 'sup';
  const server = { command, args: ['lsp'], transport: TransportKind.stdio, options: { cwd: folder.uri.fsPath } };
  client = new LanguageClient('sup', 'sup', server, {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'markdown' },
    ],
  });
  await client.start();
};

exports.deactivate = () => client?.stop();
