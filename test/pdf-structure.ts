import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

/** What a structure check of a tagged PDF looks at: read from the file's own objects, not from sup's code. */
export interface PdfStructure {
  lang?: string;
  marked: boolean;
  displayDocTitle: boolean;
  /** The outline's entries, depth first. */
  outline: string[];
  /** Every structure element's type (/S), depth first. */
  types: string[];
  /** The /Alt of every Figure ('' when it has none). */
  figureAlts: string[];
  /** The role map of the structure tree root. */
  roleMap: Record<string, string>;
  /** The catalog's XMP metadata stream, as text. */
  xmp?: string;
}

function text(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

/** Reads the catalog, outline and structure tree of a PDF with pdf-lib. */
export async function readPdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const cat = doc.catalog;
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const out: PdfStructure = { marked: false, displayDocTitle: false, outline: [], types: [], figureAlts: [], roleMap: {} };
  out.lang = text(deref(cat.get(PDFName.of('Lang'))));
  const mark = deref(cat.get(PDFName.of('MarkInfo')));
  out.marked = mark instanceof PDFDict && String(mark.get(PDFName.of('Marked'))) === 'true';
  const prefs = deref(cat.get(PDFName.of('ViewerPreferences')));
  out.displayDocTitle = prefs instanceof PDFDict && String(prefs.get(PDFName.of('DisplayDocTitle'))) === 'true';
  const meta = deref(cat.get(PDFName.of('Metadata')));
  if (meta instanceof PDFRawStream) out.xmp = new TextDecoder().decode(meta.contents);

  const outlines = deref(cat.get(PDFName.of('Outlines')));
  const walkOutline = (item: PDFObject | undefined, guard: number) => {
    let node = deref(item);
    while (node instanceof PDFDict && guard-- > 0) {
      const title = text(deref(node.get(PDFName.of('Title'))));
      if (title !== undefined) out.outline.push(title);
      walkOutline(node.get(PDFName.of('First')), guard);
      node = deref(node.get(PDFName.of('Next')));
    }
  };
  if (outlines instanceof PDFDict) walkOutline(outlines.get(PDFName.of('First')), 10_000);

  const root = deref(cat.get(PDFName.of('StructTreeRoot')));
  if (root instanceof PDFDict) {
    const roles = deref(root.get(PDFName.of('RoleMap')));
    if (roles instanceof PDFDict) for (const [k, v] of roles.entries()) out.roleMap[k.decodeText()] = String(v).slice(1);
    const seen = new Set<PDFObject>();
    const walk = (o: PDFObject | undefined) => {
      const node = deref(o);
      if (!node || seen.has(node)) return;
      seen.add(node);
      if (node instanceof PDFArray) {
        for (const k of node.asArray()) walk(k);
        return;
      }
      if (!(node instanceof PDFDict)) return;
      const s = node.get(PDFName.of('S'));
      if (s instanceof PDFName) {
        const type = s.decodeText();
        out.types.push(type);
        if (type === 'Figure') out.figureAlts.push(text(deref(node.get(PDFName.of('Alt')))) ?? '');
      }
      walk(node.get(PDFName.of('K')));
    };
    walk(root.get(PDFName.of('K')));
  }
  return out;
}
