/**
 * The words a Dutch salutation opens with, as a regular expression source (no flags, no anchors):
 * 'Geachte heer', 'Geacht bestuur' (a neuter noun takes 'geacht'), 'Zeer geachte', 'Beste',
 * 'Hallo', 'Dag', 'Goedendag' … One list for the loaders, letter detection and the letter rules.
 */
export const SALUTATION_WORDS = String.raw`(?:zeer\s+)?geachte?|beste|hallo|dag|lieve|hoi|goede(?:n)?dag|goede(?:n)?(?:morgen|middag|avond)`
