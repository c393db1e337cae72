/**
 * The section a reader is in: the last whose heading has scrolled up to the reading line (`line`, from the
 * top of the window), or the last of all once the page is scrolled to its end, where a short final section
 * never reaches the line. -1 while the reader is above the first section.
 */
export function currentSection(headingTops: readonly number[], line: number, atEnd: boolean): number {
  if (atEnd && headingTops.length > 0) return headingTops.length - 1;
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}
