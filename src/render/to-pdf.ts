import { accessSync, constants, mkdtempSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { closeOnInterrupt, removeOnInterrupt, removeQuietly, whenInterrupted } from '../util/cleanup.js';
import { addPdfMetadata } from './add-pdf-metadata.js';
import type { PdfMetadata } from './add-pdf-metadata.js';

/** No Chromium on this machine (or where SUP_CHROMIUM points). */
export class NoBrowserError extends Error {}

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium to print with: SUP_CHROMIUM, else the first of the usual names on PATH. */
export function findChromium(env: Record<string, string | undefined>): string | undefined {
  if (env.SUP_CHROMIUM) return isExecutable(env.SUP_CHROMIUM) ? env.SUP_CHROMIUM : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Flags for a headless, offline Chromium that starts as root in a container and asks no host for anything. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Prints self-contained HTML to a tagged A4 PDF with an outline, with the system Chromium (never a
 * downloaded browser), then adds the metadata PDF/UA asks for. Every request the page makes is
 * refused, so the PDF can only contain what the HTML holds.
 */
export async function toPdf(html: string, chromium: string, meta: PdfMetadata): Promise<Buffer> {
  const { chromium: launcher } = await import('playwright-core');
  // Playwright keeps its profile and artifacts in a folder of sup's own, so that Ctrl-C or SIGTERM at
  // any moment removes them: sup's handler closes the browser and then removes the folder.
  const scratch = mkdtempSync(join(tmpdir(), 'sup-pdf-'));
  const releaseScratch = removeOnInterrupt(scratch);
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  let browser: Awaited<ReturnType<typeof launcher.launch>>;
  let release: () => void = () => {};
  try {
    // Chromium's own configuration and cache go into the same folder, not into HOME or TMPDIR.
    const env = { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') };
    const launching = launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS, headless: true, env, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    // Registered before the launch resolves: a signal while the browser starts must still wait for it and close it.
    release = closeOnInterrupt(async () => (await launching).close());
    browser = await launching;
  } catch (error) {
    release();
    if (removeQuietly(scratch) && !whenInterrupted()) releaseScratch();
    throw error;
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  try {
    // The document has no script; turning JavaScript off makes sure nothing in it could run.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Tagged: the structure tree (headings, tables, figures with /Alt) that screen readers use; the outline needs it.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    return await addPdfMetadata(fixDates(Buffer.from(pdf)), meta);
  } finally {
    await browser.close();
    release();
    // During an interrupt a dying Chromium can create its profile folder (and so this one) again
    // after it was removed: the folder stays registered, and the exit removes it last of all.
    if (removeQuietly(scratch) && !whenInterrupted()) releaseScratch();
  }
}

/**
 * Chromium stamps the PDF with the time it was printed. The dates are replaced by a fixed one of
 * the same length, so the file's offsets stay valid and the same data prints the same bytes.
 */
export function fixDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g, (_, key: string, digits: string, rest: string) =>
    `/${key} (D:${'20000101000000'.slice(0, digits.length)}${rest.replace(/[0-9]/g, '0')})`,
  );
  return Buffer.from(fixed, 'latin1');
}
