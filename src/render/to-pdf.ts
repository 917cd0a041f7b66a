import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { closeOnInterrupt } from '../util/cleanup.js';

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
 * Prints self-contained HTML to an A4 PDF with the system Chromium (never a downloaded browser).
 * Every request the page makes is refused, so the PDF can only contain what the HTML holds.
 */
export async function toPdf(html: string, chromium: string): Promise<Buffer> {
  const { chromium: launcher } = await import('playwright-core');
  // sup's own handler closes the browser (and so removes its profile folder in TMPDIR) on Ctrl-C or SIGTERM.
  // Registered before the launch resolves: the profile folder exists from early in the launch, and a
  // signal then (likelier on a loaded machine) must still wait for the browser and close it.
  const launching = launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS, headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  const release = closeOnInterrupt(async () => (await launching).close());
  let browser;
  try {
    browser = await launching;
  } catch (error) {
    release();
    throw error;
  }
  try {
    // The document has no script; turning JavaScript off makes sure nothing in it could run.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return fixDates(Buffer.from(pdf));
  } finally {
    await browser.close();
    release();
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
