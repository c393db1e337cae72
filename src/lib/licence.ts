/** The open licence of Teixit's content and data, stated once. */
export const CONTENT_LICENCE = {
  id: 'CC-BY-SA-4.0',
  name: 'CC BY-SA 4.0',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;
