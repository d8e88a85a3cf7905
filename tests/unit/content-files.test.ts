import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFolder } from '../../src/model/content/files.ts';
import { checkImage } from '../../src/model/content/images.ts';

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010804000000b51c0c020000000b4944415478da6364600000000600023081d02f0000000049454e44ae426082',
  'hex',
);

describe('listFolder', () => {
  const dir = join(root, 'projects');
  mkdirSync(join(dir, 'images'), { recursive: true });
  mkdirSync(join(dir, 'folder.md'));
  for (const name of ['a.md', 'b.markdown', 'C.MD', '.hidden.md', 'notes.txt', 'photo.jpg'])
    writeFileSync(join(dir, name), 'x');
  symlinkSync('/etc/passwd', join(dir, 'link.md'));
  const listing = listFolder(dir, ['.md', '.markdown'], (path) => basename(path), { images: true });

  test('lists the content files, sorted', () => {
    expect(listing.files.map((path) => basename(path))).toEqual(['a.md', 'b.markdown']);
  });

  test.each([
    ['C.MD', /rename it to end in "\.md"/],
    ['.hidden.md', /hidden file/],
    ['notes.txt', /not a project file/],
    ['folder.md', /is a folder/],
    ['link.md', /symbolic link, which is not followed/],
  ])('reports %s', (file, message) => {
    const found = listing.issues.filter((issue) => issue.file === file);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
  });

  test('allows pictures and picture folders beside projects', () => {
    expect(listing.issues.map((issue) => issue.file)).not.toContain('photo.jpg');
    expect(listing.issues.map((issue) => issue.file)).not.toContain('images');
    expect(listing.issues).toHaveLength(5);
  });
});

describe('checkImage', () => {
  const content = join(root, 'content');
  const projects = join(content, 'projects');
  mkdirSync(projects, { recursive: true });
  writeFileSync(join(projects, 'ok.png'), PNG);
  writeFileSync(
    join(projects, 'ok.jpg'),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 0xff, 0xd9]),
  );
  writeFileSync(
    join(projects, 'cut.jpg'),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2]),
  );
  writeFileSync(join(projects, 'page.webp'), '<html>');
  writeFileSync(join(projects, 'x.svg'), '<svg/>');

  test.each(['./ok.png', 'ok.jpg'])('accepts %s', (src) => {
    expect(checkImage(src, projects, content)).toBeUndefined();
  });

  test.each([
    ['https://x.org/a.png', /must be a local file/],
    ['//x.org/a.png', /must be a local file/],
    ['data:image/png;base64,AAAA', /must be a local file/],
    ['/etc/hostname', /outside the content folder/],
    ['../../outside.png', /outside the content folder/],
    ['./missing.png', /does not exist/],
    ['.', /is a folder/],
    ['./x.svg', /SVG pictures are refused/],
    ['./page.webp', /is not a picture/],
    ['./cut.jpg', /incomplete or damaged JPEG/],
  ])('refuses %s', (src, message) => {
    expect(checkImage(src, projects, content)).toMatch(message);
  });
});
