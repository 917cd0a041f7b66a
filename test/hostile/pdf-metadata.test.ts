import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { xmpPacket } from '../../src/render/add-pdf-metadata.js';
import { composeFixture, runBin } from '../helpers.js';
import { readPdfStructure } from '../pdf-structure.js';

/**
 * The PDF's metadata carries data: the organisation's name (Author, dc:creator) and the template's
 * heading (Title, dc:title). A pull request could try to end the XMP element and add its own
 * claims, or break the packet; the text is XML-escaped and the Info strings are PDF text strings.
 */
const HOSTILE_NAME = 'Ond</rdf:li></rdf:Seq></dc:creator><pdfuaid:part>9</pdfuaid:part><?xpacket end="w"?>\u0007 & (paren) \\';

describe('hostile text in the PDF metadata', () => {
  test('the XMP packet escapes an organisation name that tries to end its element', () => {
    const xmp = xmpPacket({ title: 'T <x>', author: HOSTILE_NAME, lang: 'sv-SE' }, 'P');
    expect(xmp.match(/<pdfuaid:part>/g)).toHaveLength(1);
    expect(xmp.match(/<\?xpacket/g)).toHaveLength(2);
    expect(xmp).toContain('<rdf:li>Ond&lt;/rdf:li&gt;&lt;/rdf:Seq&gt;');
    expect(xmp).not.toContain('\u0007');
  });

  test('a PDF printed from such a project says the name exactly and claims PDF/UA-1 once', async () => {
    const dir = composeFixture('base');
    const org = join(dir, 'data/organisation.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('namn: Södertörnssamverkan', `namn: ${JSON.stringify(HOSTILE_NAME)}`));
    const file = join(dir, 'ut.pdf');
    const r = runBin(['-C', dir, 'report', '2025', '--draft', '--format', 'pdf', '-o', file, '--today', '2026-01-15']);
    expect(r.stderr).not.toMatch(/internt fel|at .*\.js:\d+/);
    expect(r.code).toBe(0);
    const s = await readPdfStructure(readFileSync(file));
    expect(s.xmp!.match(/<pdfuaid:part>/g)).toHaveLength(1);
    expect(s.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const author = /^Author:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1];
    expect(author).toBe(HOSTILE_NAME.replace('\u0007', ''));
  });
});
