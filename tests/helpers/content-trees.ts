import { join } from 'node:path';
import { readContentTree, type ContentFile, type ContentTree, type EntryFolder } from '../../src/lib/content-files.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID_CONTENT = join(FIXTURES, 'valid', 'content');
export const BAD_CASES = join(FIXTURES, 'bad');
/** Valid content written in unusual ways (byte order marks, CRLF, any Unicode), each an overlay that must pass */
export const UNUSUAL_CASES = join(FIXTURES, 'unusual');

/** Reads a content folder so that its files are named `content/<collection>/<id>/<file>` in messages. */
export function readAsContent(dir: string): ContentTree {
  const tree = readContentTree(dir, dir);
  const rename = (file: ContentFile): ContentFile => ({ ...file, path: `content/${file.path}` });
  for (const folders of tree.collections.values()) {
    for (const folder of folders) {
      if (folder.facts) folder.facts = rename(folder.facts);
      for (const [name, file] of folder.files) folder.files.set(name, rename(file));
    }
  }
  tree.strayFiles = tree.strayFiles.map(rename);
  return tree;
}

/** The valid fixture with the files of each overlay added or replaced, as an editor's change would. */
export function validTreeWith(...overlays: string[]): ContentTree {
  const tree = readAsContent(VALID_CONTENT);
  for (const overlayDir of overlays) {
    const overlay = readAsContent(overlayDir);
    tree.strayFiles.push(...overlay.strayFiles);
    for (const [collection, folders] of overlay.collections) {
      const target = tree.collections.get(collection) ?? [];
      tree.collections.set(collection, target);
      for (const folder of folders) {
        const existing = target.find((f) => f.id === folder.id);
        if (!existing) {
          target.push(folder);
          continue;
        }
        mergeFolder(existing, folder);
      }
    }
  }
  return tree;
}

function mergeFolder(into: EntryFolder, from: EntryFolder) {
  if (from.facts) into.facts = from.facts;
  for (const [name, file] of from.files) into.files.set(name, file);
  into.folders.push(...from.folders.filter((name) => !into.folders.includes(name)));
}
