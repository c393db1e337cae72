/**
 * The components editors may use in MDX, and their attributes. Nothing else may appear in content:
 * the checker refuses any other element, expression or statement (see check-mdx.ts).
 */
export interface AllowedComponent {
  /** Attribute names and what their values may be: a closed list, free text, or the id of a glossary entry */
  attributes: Record<string, readonly string[] | 'text' | 'glossary-id' | 'entry-image'>;
  required: readonly string[];
}

export const MDX_COMPONENTS = {
  /** A note, tip or caution set apart from the text */
  Aside: { attributes: { type: ['note', 'tip', 'caution'] }, required: ['type'] },
  /** A word of the text linked to its glossary definition: <Term id="social-market">mercat social</Term> */
  Term: { attributes: { id: 'glossary-id' }, required: ['id'] },
  /** Wraps a numbered Markdown list so that it reads, and prints, as a sequence of steps */
  Steps: { attributes: {}, required: [] },
  /** An image kept in the entry's own folder, optimised to AVIF and WebP: <Figure src="map.jpg" alt="..." caption="..." /> */
  Figure: { attributes: { src: 'entry-image', alt: 'text', caption: 'text' }, required: ['src', 'alt'] },
} as const satisfies Record<string, AllowedComponent>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/**
 * Image files an entry folder may hold beside its texts, for <Figure>: exactly the extensions the
 * component's glob loads (Figure.astro), so that no image the checker accepts is missing from a page.
 */
export const ENTRY_IMAGE_PATTERN = /\.(?:jpe?g|png|webp|avif|JPE?G|PNG)$/;
