// Writes packages/core/test/fixtures/brief-word.docx with the `docx` npm package (a real writer):
// header, footer, a table, a comment, tracked changes and a MERGEFIELD. Run: node scripts/make-docx-fixture.mjs
import {writeFileSync} from 'node:fs'
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  SimpleMailMergeField,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'

const change = {id: 1, author: 'Redactie', date: '2025-03-03T10:00:00Z'}
const doc = new Document({
  creator: 'duidelijk',
  comments: {
    children: [
      {
        id: 0,
        author: 'Redactie',
        date: new Date('2025-03-03T10:00:00Z'),
        children: [new Paragraph('Middels dit commentaar niets melden.')],
      },
    ],
  },
  sections: [
    {
      headers: {default: new Header({children: [new Paragraph('Gemeente Dronten')]})},
      footers: {default: new Footer({children: [new Paragraph('Thans bereikbaar op 14 0321.')]})},
      children: [
        new Paragraph({
          text: 'Uw aanvraag voor een parkeervergunning',
          heading: HeadingLevel.HEADING_1,
        }),
        new Paragraph({
          children: [new TextRun('Beste '), new SimpleMailMergeField('Voornaam'), new TextRun(',')],
        }),
        new Paragraph({
          children: [
            new TextRun('Wij hebben uw aanvraag '),
            new DeletedTextRun({...change, id: 2, text: 'middels de post '}),
            new InsertedTextRun({...change, id: 3, text: 'reeds '}),
            new TextRun('ontvangen.'),
            new CommentRangeStart(0),
            new TextRun(' U krijgt binnen acht weken bericht.'),
            new CommentRangeEnd(0),
            new TextRun({children: [new CommentReference(0)]}),
          ],
        }),
        new Table({
          rows: [
            new TableRow({
              children: [
                new TableCell({children: [new Paragraph('Kosten')]}),
                new TableCell({
                  children: [new Paragraph('Indien u te laat betaalt, kost het meer.')],
                }),
              ],
            }),
          ],
        }),
      ],
    },
  ],
})
writeFileSync(
  new URL('../packages/core/test/fixtures/brief-word.docx', import.meta.url),
  await Packer.toBuffer(doc),
)
console.log('geschreven: packages/core/test/fixtures/brief-word.docx')
