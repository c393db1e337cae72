import type { MdxComponentName } from '../../lib/mdx-components.ts';
import Aside from './Aside.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

/** What MDX content renders with: the allowed components, and links placed under the site's base. */
export const mdxComponents = { Aside, Term, Steps, Figure, a: Link } satisfies Record<MdxComponentName | 'a', unknown>;
