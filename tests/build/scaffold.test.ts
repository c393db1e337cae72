import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT, cleanEnv, contentWith, runBuild, tempDir } from '../helpers/build.ts';

const npm = (args: string[], content: string) =>
  spawnSync('npm', ['run', '-s', ...args], { cwd: ROOT, env: cleanEnv({ TEIXIT_CONTENT: content }), encoding: 'utf8' });

/** Fills a scaffolded YAML (an entry.yaml, or an MDX front matter) as an editor would. */
function fill(file: string, values: Record<string, unknown>) {
  const text = readFileSync(file, 'utf8');
  const isMdx = file.endsWith('.mdx');
  const [, yaml = text, body = ''] = isMdx ? (/^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text) ?? []) : [];
  const doc = parseDocument(yaml);
  for (const [key, value] of Object.entries(values)) doc.set(key, value);
  writeFileSync(file, isMdx ? `---\n${doc.toString()}---\n${body}` : doc.toString());
}

describe('npm run new', () => {
  test('scaffolds an entry that, once filled in, passes npm run check and appears in the build', { timeout: 300_000 }, () => {
    const content = contentWith(join(ROOT, 'tests', 'fixtures', 'empty'));
    const created = npm(['new', '--', 'values', 'mutual-aid'], content);
    expect(created.status, created.stderr).toBe(0);
    const folder = join(content, 'values', 'mutual-aid');
    const facts = readFileSync(join(folder, 'entry.yaml'), 'utf8');
    expect(facts).toContain('# Programmes that hold this value (ids of programmes entries).');

    const unfilled = npm(['check'], content);
    expect(unfilled.status).not.toBe(0);
    expect(unfilled.stdout).toContain('mutual-aid/ca.mdx:4 error in title: expected at least 1 character(s)');

    fill(join(folder, 'entry.yaml'), {
      programmes: ['prog'],
      sources: [{ title: 'Source document', publisher: 'Test publisher' }],
    });
    fill(join(folder, 'ca.mdx'), { title: 'Ajuda mútua', summary: 'Persones que es donen suport les unes a les altres.' });
    const unslugged = npm(['check'], content);
    expect(unslugged.stdout).toContain(`mutual-aid/ca.mdx error in slug: expected the page's address in ca, made from its title: slug: "ajuda-mutua" (npm run slugs writes it)`);
    expect(npm(['slugs'], content).status).toBe(0);
    const filled = npm(['check'], content);
    expect(filled.stdout).toContain('0 error(s), 0 warning(s)');
    expect(filled.status, filled.stdout).toBe(0);

    const translated = npm(['new', '--', '--translate', 'values/mutual-aid', '--lang', 'es'], content);
    expect(translated.status, translated.stderr).toBe(0);
    expect(readFileSync(join(folder, 'es.mdx'), 'utf8')).toMatch(/^translatedFrom: [0-9a-f]{12}$/m);
    // The translation's address comes from its own title, once translated
    fill(join(folder, 'es.mdx'), { title: 'Ayuda mutua' });
    expect(npm(['slugs'], content).status).toBe(0);
    expect(readFileSync(join(folder, 'es.mdx'), 'utf8')).toMatch(/^slug: "ayuda-mutua"$/m);
    expect(npm(['check'], content).stdout).toContain('0 error(s), 0 warning(s)');

    const build = runBuild(join(tempDir('scaffold'), 'dist'), { TEIXIT_CONTENT: content });
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.dist, 'ca', 'valors', 'ajuda-mutua', 'index.html'))).toBe(true);
    expect(readFileSync(join(build.dist, 'es', 'valores', 'ayuda-mutua', 'index.html'), 'utf8')).toContain('Ayuda mutua');
    // Its address by id, as links made before slugs had it, leads to the page
    expect(readFileSync(join(build.dist, 'es', 'valores', 'mutual-aid', 'index.html'), 'utf8')).toContain('url=/es/valores/ayuda-mutua/');

    // The fixture's value uses every allowed component and an internal link
    const value = readFileSync(join(build.dist, 'es', 'valores', 'val', 'index.html'), 'utf8');
    expect(value).toMatch(/<aside class="aside aside-tip" aria-label="Consejo">/);
    expect(value).toContain('<a class="term" href="/es/glosario/term/">glossary term</a>');
    expect(value).toMatch(/<div class="steps">\s*<ol>/);
    expect(value).toContain('<a href="/es/ejes/measure/">the measure</a>');
  });
});
