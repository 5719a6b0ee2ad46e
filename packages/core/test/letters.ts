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
