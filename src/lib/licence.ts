/** The open licence of Teixit's content and data, stated once. */
export const CONTENT_LICENCE = {
  id: 'CC-BY-SA-4.0',
  name: 'CC BY-SA 4.0',
  title: 'Creative Commons Attribution-ShareAlike 4.0 International',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  /** The same licence in the EU licence authority, which DCAT-AP catalogues name licences by */
  eu: 'http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0',
} as const;
