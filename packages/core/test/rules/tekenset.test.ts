import {tester} from './tester.js'

// tekenset reacts to the bytes of a file. These helpers write a text as Windows-1252 (what Word
// and Kladblok export on an older Windows) or as UTF-8.
const WINDOWS_1252: Record<string, number> = {'€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94}
const windows1252 = (text: string) =>
  new Uint8Array([...text].map((ch) => WINDOWS_1252[ch] ?? ch.charCodeAt(0)))
const utf8 = (text: string) => new TextEncoder().encode(text)

const letter = 'Geachte heer Müller,\n\nUw café krijgt een vergunning. De leges zijn € 45,00.'
const short = 'Wij zien u graag in het café.'

tester.run('tekenset', {
  valid: [
    {name: 'a UTF-8 file with é, ü and €', text: letter, bytes: utf8(letter)},
    {name: 'plain ASCII text', text: 'Wij bellen u binnen twee weken.'},
    {name: 'text handed over as a string (an editor buffer)', text: short},
  ],
  invalid: [
    {
      name: 'a Windows-1252 export: one info finding on the first character',
      text: letter,
      bytes: windows1252(letter),
      findings: [
        {
          messageId: 'windows1252',
          range: {start: [1, 1, 0], end: [1, 2, 1]},
          actual: 'G',
          message:
            'Dit bestand is niet opgeslagen als UTF-8; duidelijk las het als Windows-1252. Sla het op als UTF-8, zodat tekens als é en € in elk programma goed blijven.',
        },
      ],
    },
    {
      name: 'one accented letter is enough',
      text: short,
      bytes: windows1252(short),
      findings: [
        {messageId: 'windows1252', range: {start: [1, 1, 0], end: [1, 2, 1]}, actual: 'W'},
      ],
    },
    {
      name: 'runs on English text too',
      text: 'Your café permit costs € 45.',
      bytes: windows1252('Your café permit costs € 45.'),
      findings: [
        {messageId: 'windows1252', range: {start: [1, 1, 0], end: [1, 2, 1]}, actual: 'Y'},
      ],
    },
  ],
})
