/**
 * The components editors may use in MDX, and their attributes. Nothing else may appear in content:
 * the checker refuses any other element, expression or statement (see check-mdx.ts).
 */
export interface AllowedComponent {
  /** Attribute names and, where the values are closed, the values allowed */
  attributes: Record<string, readonly string[] | 'text'>;
  required: readonly string[];
}

export const MDX_COMPONENTS = {
  Aside: { attributes: { type: ['note', 'tip', 'caution'] }, required: ['type'] },
  Term: { attributes: { id: 'text' }, required: ['id'] },
  Steps: { attributes: {}, required: [] },
} as const satisfies Record<string, AllowedComponent>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
