/** Test letters written for duidelijk (own text). */

export const GOOD_DECISION = `Onderwerp: uw aanvraag voor een parkeervergunning

Beste mevrouw Visser,

U krijgt een parkeervergunning voor uw auto. Die geldt vanaf 1 april 2025 voor één jaar.

De vergunning kost € 75,00. Betaal dit bedrag vóór 15 april 2025 via de betaallink in de e-mail die u van ons krijgt.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders. Dat kan online met DigiD op www.dronten.nl/bezwaar of per post.

Heeft u vragen? Bel ons dan op 14 0321 of mail naar parkeren@dronten.nl.

Met vriendelijke groet,

Team Parkeren
Gemeente Dronten
`

export const BAD_DECISION = `Onderwerp: uw aanvraag voor een parkeervergunning

Geachte heer/mevrouw

Naar aanleiding van uw aanvraag van 3/2 delen wij u mede dat uw aanvraag is afgewezen, omdat in uw straat geen plaats meer is.

Wij verzoeken u vriendelijk doch dringend de leges van €1,250.00 te betalen.

Hoogachtend,
`

/**
 * A letter to an organisation with a full letterhead (sender, team, address block with 't.a.v.',
 * reference and subject lines) and a signature of a committee and a title: the names and
 * titles there are written as the organisation writes them.
 */
export const LETTERHEAD_LETTER = `Gemeente Dronten
Team Wmo

Stichting De Linde
t.a.v. het bestuur
Postbus 12
8250 AA Dronten

Kenmerk: WMO-2026-0412
Onderwerp: uw vraag over huishoudelijke hulp

Geacht bestuur,

Wij hebben uw brief over de Wmo ontvangen. Uw bezwaarschrift sturen wij door naar de commissie.

Heeft u vragen? Bel ons dan op 14 0321.

Met vriendelijke groet,

Commissie bezwaarschriften
de invorderingsambtenaar
`

/**
 * A letter whose salutation stands below a letterhead of fifteen short lines (sender, address
 * block with a company name ending in "V.O.F.", date, reference and subject lines).
 */
export const LONG_HEAD_LETTER = [
  'Gemeente Dronten',
  'Team Vergunningen',
  'Postbus 100',
  '8250 AC Dronten',
  'De heer J. de Boer',
  'Café-Restaurant De Gouden Leeuw V.O.F.',
  't.a.v. het bestuur',
  'Kerkstraat 1',
  '8251 AB Dronten',
  'Dronten, 3 maart 2026',
  'Ons kenmerk: 2026-0312',
  'Uw kenmerk: 45/2026',
  'Behandeld door: mevrouw A. Smit',
  'Bijlage: 1',
  'Onderwerp: uw aanvraag',
  'Geachte heer De Boer,',
  'U krijgt de vergunning.',
].join('\n\n')
