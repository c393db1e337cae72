import type { Definition, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { isRootPath, isSafeLink, readUrl } from './content-urls.ts';
import type { Problem } from './issues.ts';
import { MDX_COMPONENTS, type AllowedComponent } from './mdx-components.ts';

const ALLOWED = `plain Markdown and the components ${Object.keys(MDX_COMPONENTS).join(', ')}`;
/** Named as such in messages: they run code, style the page, load from elsewhere or send data away. */
const DANGEROUS_ELEMENTS = [
  'script', 'style', 'iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'link', 'meta', 'base', 'form',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'svg', 'image', 'math',
];
/** Far deeper than any text needs (a list in a list in an aside is six), and shallow enough for every renderer. */
export const MAX_MDX_DEPTH = 32;
const ENTRY_IMAGE = "an image file in the entry's folder (.jpg, .png, .webp or .avif), e.g. ![what it shows](photo.jpg)";

export interface MdxContext {
  /** Site paths (without base) of every page, for internal links written in content */
  knownPaths: ReadonlySet<string>;
  /** Ids of the glossary's entries, for <Term id="..."> */
  glossaryIds: ReadonlySet<string>;
  /** Image files in the entry's own folder, for <Figure src="..."> and Markdown images */
  entryImages: ReadonlySet<string>;
}

type Estree = { body: { type: string; expression?: { type: string } }[] };

/** An expression is harmless only when it is a comment or a single plain literal, such as {'{'}. */
function isPlainLiteral(estree: Estree | undefined | null): boolean {
  if (!estree) return false;
  if (estree.body.length === 0) return true;
  const [statement] = estree.body;
  return estree.body.length === 1 && statement?.type === 'ExpressionStatement' && statement.expression?.type === 'Literal';
}

const isScriptUrl = (url: string) => /^\s*(javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, ''));

/** The first node nested deeper than MAX_MDX_DEPTH, found without recursion so that no depth exhausts the stack. */
function tooDeep(tree: Root): Nodes | undefined {
  const pending: [Nodes, number][] = [[tree, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > MAX_MDX_DEPTH) return node;
    if ('children' in node) for (const child of node.children) pending.push([child, depth + 1]);
  }
  return undefined;
}

export interface MdxCheck {
  problems: Problem[];
  /** The entry images the text shows, with <Figure> or as Markdown images */
  images: string[];
}

/**
 * Checks an MDX body so that content from a pull request cannot run code or make a page load anything
 * from another origin: only Markdown and the allowed components, with plain attribute values, and
 * images only from the entry's folder. Also checks image alt text, link schemes and internal links.
 * `firstLine` is the file line the body starts on. Runs in the parser thread (see parser-thread.ts).
 */
export function checkMdxBody(body: string, firstLine: number, context: MdxContext): MdxCheck {
  const problems: Problem[] = [];
  const images = new Set<string>();
  const report = (line: number | undefined, field: string, expected: string, found: string) =>
    problems.push({ line: line === undefined ? undefined : firstLine + line - 1, field, expected, found });
  const nestedTooDeep = (line: number | undefined) =>
    report(line, '(body)', `lists, quotes and components nested at most ${MAX_MDX_DEPTH} levels deep`, 'deeper nesting');

  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    if (error instanceof RangeError) {
      nestedTooDeep(undefined);
      return { problems, images: [] };
    }
    const place = (error as { line?: number; place?: { line?: number } }).place ?? (error as { line?: number });
    report(place?.line, '(body)', `valid MDX: ${ALLOWED}`, (error as Error).message.split('\n')[0] ?? 'a syntax error');
    return { problems, images: [] };
  }
  const deep = tooDeep(tree);
  if (deep) {
    nestedTooDeep(deep.position?.start.line);
    return { problems, images: [] };
  }

  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  const checkImage = (line: number | undefined, url: string, alt: string | null | undefined) => {
    const read = readUrl(url);
    const name = url.replace(/^\.\//, '');
    if (read.kind === 'site' && context.entryImages.has(name)) {
      images.add(name);
    } else if (read.kind === 'other-origin') {
      report(line, '(body)', `${ENTRY_IMAGE}; the site loads nothing from other origins`, `an image from ${read.origin}: "${url}"`);
    } else {
      report(line, '(body)', ENTRY_IMAGE, `"${url}", which is not an image in the entry's folder`);
    }
    if (!alt?.trim()) report(line, '(body)', 'alt text describing the image: ![what it shows](...)', 'an image without alt text');
  };

  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        report(line, '(body)', ALLOWED, `an ${node.value.trimStart().startsWith('import') ? 'import' : 'export'} statement`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlainLiteral(node.data?.estree as Estree | undefined)) {
          report(line, '(body)', `${ALLOWED}; braces may only hold a plain text such as {'{'}`, `the expression {${node.value}}`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const component = (MDX_COMPONENTS as Record<string, AllowedComponent>)[name];
        if (!component) {
          const what = DANGEROUS_ELEMENTS.includes(name.toLowerCase()) ? `the element <${name}>` : `the unknown element <${name || ">"}>`;
          report(line, '(body)', ALLOWED, what);
          break;
        }
        const given = new Set<string>();
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(line, `<${name}>`, 'attributes written name="value"', `the spread {${attribute.value}}`);
            continue;
          }
          given.add(attribute.name);
          const where = `<${name}> ${attribute.name}`;
          if (/^on/i.test(attribute.name)) {
            report(line, where, 'no event-handler attributes', `the event handler ${attribute.name}`);
            continue;
          }
          const allowed = component.attributes[attribute.name];
          if (!allowed) {
            report(line, where, `an attribute of ${name}: ${Object.keys(component.attributes).join(', ') || 'none'}`, `"${attribute.name}"`);
            continue;
          }
          const value = attribute.value;
          if (value !== null && typeof value === 'object') {
            if (!isPlainLiteral(value.data?.estree as Estree | undefined)) {
              report(line, where, 'a plain value in quotes', `the expression {${value.value}}`);
            }
            continue;
          }
          if (typeof value === 'string' && isScriptUrl(value)) {
            report(line, where, 'a web address', `a script URL "${value}"`);
          } else if (allowed === 'entry-image' && !context.entryImages.has(value ?? '')) {
            report(line, where, "the name of an image file in the entry's folder (.jpg, .png, .webp or .avif)", `"${value ?? ''}"`);
          } else if (allowed === 'entry-image') {
            images.add(value ?? '');
          } else if (allowed === 'text' && attribute.name === 'alt' && !(value ?? '').trim()) {
            report(line, where, 'alt text describing the image', 'an empty alt');
          } else if (allowed === 'glossary-id' && !context.glossaryIds.has(value ?? '')) {
            report(line, where, 'the id of a glossary entry (a folder under content/glossary/)', `"${value ?? ''}"`);
          } else if (Array.isArray(allowed) && !allowed.includes(value ?? '')) {
            report(line, where, `one of ${allowed.map((v) => `"${v}"`).join(', ')}`, `"${value ?? ''}"`);
          }
        }
        for (const required of component.required.filter((r) => !given.has(r))) {
          report(line, `<${name}> ${required}`, `the attribute ${required}`, 'nothing (the attribute is missing)');
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const read = readUrl(node.url);
        if (!isSafeLink(read)) {
          const what = read.kind === 'scheme' ? `the scheme ${read.scheme}` : 'an address no browser can read';
          report(line, '(body)', 'a web address (http or https), a mailto: or tel: address, or a path of this site', `${what} in "${node.url}"`);
        } else if (node.type === 'image') {
          checkImage(line, node.url, node.alt);
        } else if (isRootPath(node.url, read) && !context.knownPaths.has(read.path)) {
          report(line, '(body)', 'a link to a page of this site (e.g. /ca/valors/cooperation/)', `a broken internal link "${node.url}"`);
        }
        break;
      }
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        // An undefined reference is plain text, not an image
        if (definition && isSafeLink(readUrl(definition.url))) checkImage(line, definition.url, node.alt);
        break;
      }
    }
  });
  return { problems, images: [...images] };
}
