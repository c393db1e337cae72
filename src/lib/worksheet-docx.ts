import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { Facts, Text } from '../schemas/model.ts';

/** The words a worksheet's document needs besides its own labels. */
export interface DocxStrings {
  template: string;
  signature: string;
  name: string;
  date: string;
}

const BLANK = '_'.repeat(48);
const ruled = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } };

function blocks(facts: Facts<'worksheets'>, text: Text<'worksheets'>, strings: DocxStrings): FileChild[] {
  const label = (key: string) => text.labels[key] ?? key;
  const bold = (words: string) => new TextRun({ text: words, bold: true });
  const field = (words: string) => new Paragraph({ children: [bold(words), new TextRun(` ${BLANK}`)], spacing: { before: 160 } });
  return facts.parts.flatMap((part): FileChild[] => {
    switch (part.kind) {
      case 'heading':
        return [new Paragraph({ text: label(part.id), heading: HeadingLevel.HEADING_2 })];
      case 'note':
        return [new Paragraph({ children: [new TextRun({ text: label(part.id), italics: true })] })];
      case 'paragraph':
        return label(part.id)
          .split('\n')
          .map((line) => new Paragraph({ text: line, spacing: { after: 120 } }));
      case 'line':
        return [field(label(part.id))];
      case 'lines':
        return [
          new Paragraph({ children: [bold(label(part.id))], spacing: { before: 160 } }),
          ...Array.from({ length: part.rows }, () => new Paragraph({ text: '', border: ruled, spacing: { before: 240 } })),
        ];
      case 'choice':
        return [
          new Paragraph({ children: [bold(label(part.id))], spacing: { before: 160 } }),
          ...part.options.map((option) => new Paragraph({ text: `☐ ${label(`${part.id}.${option}`)}` })),
        ];
      case 'table': {
        const cell = (words: string, header: boolean) =>
          new TableCell({ children: [new Paragraph({ children: header ? [bold(words)] : [new TextRun(words)] })] });
        return [
          new Paragraph({ children: [bold(label(part.id))], spacing: { before: 160 } }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: part.columns.map((c) => cell(label(`${part.id}.${c}`), true)) }),
              ...Array.from({ length: part.rows }, () => new TableRow({ children: part.columns.map(() => cell('', false)) })),
            ],
          }),
        ];
      }
      case 'signature':
        return [
          new Paragraph({ children: [bold(label(part.id))], spacing: { before: 240 } }),
          ...[strings.signature, strings.name, strings.date].map(field),
        ];
    }
  });
}

/**
 * A worksheet as an editable Word document. Word files are zip archives stamped with the time they were
 * made; both the archive's entries and the document's own dates are set to `date` (the worksheet's last
 * review), so that two builds of the same content are byte-identical.
 */
export async function worksheetDocx(
  facts: Facts<'worksheets'>,
  text: Text<'worksheets'>,
  strings: DocxStrings,
  lang: string,
  date: string,
): Promise<Uint8Array> {
  const document = new Document({
    title: text.title,
    description: text.summary,
    creator: 'Teixit',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: text.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: text.summary }),
          new Paragraph({ children: [new TextRun({ text: strings.template, italics: true })] }),
          ...blocks(facts, text, strings),
        ],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toBuffer(document));
  return withFixedDates(packed, date, lang);
}

function withFixedDates(archive: Uint8Array, date: string, lang: string): Uint8Array {
  const stamp = `${date}T00:00:00Z`;
  const files = unzipSync(archive);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`)
      .replace('</cp:coreProperties>', `<dc:language>${lang}</dc:language></cp:coreProperties>`);
    files['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  const mtime = new Date(stamp);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 6 });
}
