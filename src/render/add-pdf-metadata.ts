import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import type { PDFContext, PDFObject } from 'pdf-lib';
import { cleanDocumentText, escapeXmlText } from '../util/escape.js';

/** What a published PDF says about itself: its title, author and language. */
export interface PdfMetadata {
  title: string;
  /** The project's name (the organisation), shown as the author. */
  author: string;
  /** BCP 47, the same as the HTML's lang. */
  lang: string;
}

/** The one date every PDF carries, so the same data prints the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * Adds what Chromium leaves out of a tagged PDF (PDF/UA-1, ISO 14289): Title and Author in the
 * document information, DisplayDocTitle, and an XMP metadata stream with the PDF/UA identification.
 * The structure tree Chromium wrote is kept as it is; object streams are not used, so the file stays
 * readable by older checkers, and nothing depends on the clock.
 */
export async function addPdfMetadata(pdf: Uint8Array, given: PdfMetadata): Promise<Buffer> {
  // The same cleaning as the document's text: no control characters, on one line.
  const line = (t: string) => cleanDocumentText(t).replace(/\s+/g, ' ').trim();
  const meta = { title: line(given.title), author: line(given.author), lang: given.lang };
  // updateMetadata: false, or pdf-lib stamps its own producer and the current time.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  // showInWindowTitleBar writes /ViewerPreferences << /DisplayDocTitle true >>, which PDF/UA asks for.
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setLanguage(meta.lang);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  fixStructure(doc);
  // XMP is UTF-8 XML: pdf-lib would write a JS string as Latin-1, so the bytes are encoded here.
  const xmp = new TextEncoder().encode(xmpPacket(meta, doc.getProducer() ?? ''));
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
}

/** Structure types Chromium writes that PDF 1.7 does not define (they are PDF 2.0's), with the standard type they stand for. */
const ROLES: Record<string, string> = { Strong: 'Span', Em: 'Span' };

/**
 * Two repairs of Chromium's structure tree, as PDF/UA-1 asks: non-standard types get a role map,
 * and an HTML <figure> around an SVG figure (a Figure with no /Alt that holds the Figure that has
 * one) becomes a Div, so every Figure left is the picture itself, with its text alternative.
 */
function fixStructure(doc: PDFDocument): void {
  const ctx = doc.context;
  const root = deref(ctx, doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return;
  const roles = ctx.obj(ROLES);
  root.set(PDFName.of('RoleMap'), roles);
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = [root];
  while (stack.length) {
    const node = deref(ctx, stack.pop());
    if (!node || seen.has(node)) continue;
    seen.add(node);
    if (node instanceof PDFArray) {
      stack.push(...node.asArray());
      continue;
    }
    if (!(node instanceof PDFDict)) continue;
    if (isFigure(node) && !node.has(PDFName.of('Alt')) && hasFigureChild(ctx, node)) node.set(PDFName.of('S'), PDFName.of('Div'));
    const kids = node.get(PDFName.of('K'));
    if (kids) stack.push(kids);
  }
}

function deref(ctx: PDFContext, o: PDFObject | undefined): PDFObject | undefined {
  return o instanceof PDFRef ? ctx.lookup(o) : o;
}

function isFigure(node: PDFDict): boolean {
  return node.get(PDFName.of('S')) === PDFName.of('Figure');
}

function hasFigureChild(ctx: PDFContext, node: PDFDict): boolean {
  const k = deref(ctx, node.get(PDFName.of('K')));
  const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  return kids.some((c) => {
    const kid = deref(ctx, c);
    return kid instanceof PDFDict && isFigure(kid);
  });
}

/** The XMP packet: Dublin Core title, creator and language, the dates, and pdfuaid:part 1. */
export function xmpPacket(meta: PdfMetadata, producer: string): string {
  const x = escapeXmlText;
  const date = FIXED_DATE.toISOString().replace('.000Z', 'Z');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${x(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${x(meta.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <pdf:Producer>${x(producer)}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
