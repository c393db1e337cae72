// Talisman ships no types; this is the one function of it the site uses.
declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** The Damerau-Levenshtein distance, or Infinity as soon as it exceeds `max` */
  function limited(max: number, a: string, b: string): number;
  const damerauLevenshtein: ((a: string, b: string) => number) & { limited: typeof limited };
  export default damerauLevenshtein;
}
