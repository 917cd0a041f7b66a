// Latencies of the resident engine at one corpus, after the first load: a keystroke in one file to
// its diagnostics, and a change that breaks references in other files to theirs, through a real
// `sup lsp` (JSON-RPC over stdio); and a file written on disk to `sup check --watch`'s new output.
// Prints one JSON line: medians in milliseconds. Usage: node resident.mjs <corpus folder>
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'sup.js');
const dir = process.argv[2];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A goal that ten activities serve: renaming its id breaks ten references elsewhere.
const goal = 'data/mal/bench-mal.md';
writeFileSync(join(dir, goal), '---\ntyp: mål\nid: bench-mal\nnivå: långsiktigt\ntitel: Mätmålet\nförälder: infrastruktur\nägare: rufs\n---\nMålet.\n');
mkdirSync(join(dir, 'data/plan/aktiviteter/bench'), { recursive: true });
const served = [];
for (let i = 0; i < 10; i++) {
  const p = `data/plan/aktiviteter/bench/bench-${i}.md`;
  served.push(p);
  writeFileSync(join(dir, p), `---\ntyp: aktivitet\nid: bench-${i}\ntitel: Mätaktivitet ${i}\nverksamhetsplan: vp-2025\nmål:\n  - bench-mal\nansvarig: rufs\nperiod:\n  från: "2025-02-01"\n  till: "2025-03-28"\nbudget:\n  post: utredningar\n  belopp: 100\nstatus: pågår\n---\nText.\n`);
}

const child = spawn(process.execPath, [bin, 'lsp', '--stdio', '--today', '2025-06-01'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let waiting;
rpc.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
rpc.listen();
const uri = (p) => pathToFileURL(join(dir, p)).href;
const next = (test) => new Promise((resolve) => (waiting = (p) => test(p) && resolve(p)));
await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
await rpc.sendNotification('initialized', {});
let version = 1;
const open = async (p) => {
  const opened = next((n) => n.uri === uri(p));
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(p), languageId: 'markdown', version: 1, text: readFileSync(join(dir, p), 'utf8') } });
  await opened;
};
const edit = (p, text) => rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri(p), version: ++version }, contentChanges: [{ text }] });

const one = 'data/plan/aktiviteter/005/aktivitet-5000.md';
await open(one); // the first load
const text = readFileSync(join(dir, one), 'utf8');
const keystroke = [];
for (let i = 0; i < 30; i++) {
  const bad = i % 2 === 0;
  const got = next((n) => n.uri === uri(one) && (n.diagnostics.length > 0) === bad);
  const t = performance.now();
  await edit(one, bad ? text.replace('status: ', 'status: x') : text);
  await got;
  keystroke.push(performance.now() - t);
}
await open(served[9]);
await open(goal);
const goalText = readFileSync(join(dir, goal), 'utf8');
const crossFile = [];
for (let i = 0; i < 20; i++) {
  const bad = i % 2 === 0;
  const got = next((n) => n.uri === uri(served[9]) && (n.diagnostics.length > 0) === bad);
  const t = performance.now();
  await edit(goal, bad ? goalText.replace('id: bench-mal', 'id: bench-mal-x') : goalText);
  await got;
  crossFile.push(performance.now() - t);
}
await rpc.sendRequest('shutdown');
await rpc.sendNotification('exit');

// sup check --watch: a file written on disk to the end of the re-printed output.
const watch = spawn(process.execPath, [bin, 'check', '--watch', '--today', '2025-06-01'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
let err = '';
let out = '';
watch.stderr.on('data', (d) => (err += d));
watch.stdout.on('data', (d) => (out += d));
while (!err.includes('…')) await new Promise((r) => setTimeout(r, 20));
const watchMs = [];
const inner = [];
for (let i = 0; i < 10; i++) {
  const bad = i % 2 === 0;
  const mark = out.length;
  const t = performance.now();
  writeFileSync(join(dir, one), bad ? text.replace('status: ', 'status: x') : text);
  while (!/(✔ Inga fel|✖ \d+ fel)[^\n]*\n/.test(out.slice(mark))) await new Promise((r) => setImmediate(r));
  watchMs.push(performance.now() - t);
  const m = [...err.matchAll(/Kontrollerade om på (\d+) ms/g)].at(-1);
  if (m) inner.push(Number(m[1]));
  await new Promise((r) => setTimeout(r, 50));
}
watch.kill('SIGINT');
await new Promise((r) => watch.once('exit', r));

// The engine itself, in this process: processor time (user + system) of one re-check, which a
// machine shared with other work changes far less than the wall-clock times above.
const { ResidentEngine } = await import(pathToFileURL(join(dirname(bin), '..', 'dist', 'check', 'resident-engine.js')).href);
const engine = new ResidentEngine({ root: dir, today: '2025-06-01' });
engine.recheck();
const cpuOf = (fn) => {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const cpuKeystroke = [];
for (let i = 0; i < 30; i++) {
  engine.setText(one, i % 2 === 0 ? text.replace('status: ', 'status: x') : text);
  cpuKeystroke.push(cpuOf(() => engine.recheck()));
}
const cpuCross = [];
for (let i = 0; i < 20; i++) {
  engine.setText(goal, i % 2 === 0 ? goalText.replace('id: bench-mal', 'id: bench-mal-x') : goalText);
  cpuCross.push(cpuOf(() => engine.recheck()));
}
console.log(JSON.stringify({ keystroke: median(keystroke), crossFile: median(crossFile), watch: median(watchMs), watchRecheck: median(inner), cpuKeystroke: median(cpuKeystroke), cpuCrossFile: median(cpuCross) }));
