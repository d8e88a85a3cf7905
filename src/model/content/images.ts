/**
 * Checks a project's `image` before Astro's image pipeline sees it, so a bad picture is one
 * line in the report instead of a crash. SVG is refused: Astro copies an SVG as it is to
 * `/_astro/`, and opened there on a host that ignores `_headers` (such as `astro preview`) its
 * scripts run with the site's origin. Only raster formats that are checked by their bytes pass.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { crc32 } from 'node:zlib';

/** Raster formats Astro can optimise, recognised by their first bytes. */
const SIGNATURES: { format: string; test: (head: Buffer) => boolean }[] = [
  {
    format: 'PNG',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { format: 'JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { format: 'GIF', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  {
    format: 'WebP',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    format: 'AVIF',
    test: (b) =>
      b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]/.test(b.subarray(8, 12).toString('latin1')),
  },
];

/** The ends a complete file of the format has, so a truncated download is caught. */
const TRAILERS: Record<string, Buffer> = {
  PNG: Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
  JPEG: Buffer.from([0xff, 0xd9]),
};

const FIX = 'use a PNG, JPEG, WebP, AVIF or GIF file inside the content folder';

/** What is wrong with the picture at `src` (relative to `projectDir`), or undefined when it is fine. */
export function checkImage(src: string, projectDir: string, contentDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return 'an image must be a local file next to the project (remote pictures break and cannot be optimised); download it, or remove `image` and keep the caption in the body';
  }
  const path = resolve(projectDir, src);
  if (!inside(path, contentDir)) {
    return `the image "${src}" lies outside the content folder; copy the picture into the content folder (e.g. projects/images/) and point to it there`;
  }
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return `the image file "${src}" does not exist (looked for ${relative(resolve(contentDir, '..'), path)}); check the path, which is relative to the project file`;
  }
  if (stat.isSymbolicLink()) {
    const target = safeRealpath(path);
    if (!target || !inside(target, realpathSync(contentDir)) || !statSync(target).isFile()) {
      return `the image "${src}" is a symbolic link that leads outside the content folder or nowhere; ${FIX}`;
    }
    return `the image "${src}" is a symbolic link, which is not followed; replace it with a copy of the picture`;
  }
  if (stat.isDirectory())
    return `the image "${src}" is a folder, not a picture; name the picture file itself, e.g. ./images/photo.jpg`;
  if (!stat.isFile()) return `the image "${src}" is not a regular file; ${FIX}`;
  if (/\.svgz?$/i.test(src)) {
    return `SVG pictures are refused (an SVG can carry scripts that would run on the site); export "${src}" as PNG or WebP instead`;
  }
  const head = readBytes(path, 0, 16);
  const format = SIGNATURES.find((signature) => signature.test(head))?.format;
  if (!format) {
    return /<svg|<\?xml/i.test(head.toString('latin1'))
      ? `"${src}" is an SVG picture, which is refused (it can carry scripts); export it as PNG or WebP instead`
      : `"${src}" is not a picture (or is damaged); ${FIX}`;
  }
  if (format === 'PNG' && !validPngHeader(readBytes(path, 0, 33))) {
    return `"${src}" is a damaged PNG file (its size header is wrong); export or download it again`;
  }
  const trailer = TRAILERS[format];
  if (trailer && !endsWith(path, stat.size, trailer)) {
    return `"${src}" is an incomplete or damaged ${format} file; export or download it again`;
  }
  return undefined;
}

/** A PNG's first chunk is IHDR: a sane width and height, and a matching checksum. */
function validPngHeader(head: Buffer): boolean {
  if (head.length < 33 || head.subarray(12, 16).toString('latin1') !== 'IHDR') return false;
  const width = head.readUInt32BE(16);
  const height = head.readUInt32BE(20);
  if (width < 1 || height < 1 || width > 100_000 || height > 100_000) return false;
  return crc32(head.subarray(12, 29)) === head.readUInt32BE(29);
}

function inside(path: string, dir: string): boolean {
  const from = relative(dir, path);
  return from !== '' && from !== '..' && !from.startsWith(`..${sep}`) && !isAbsolute(from);
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function readBytes(path: string, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Whether the file ends with `trailer`, allowing trailing padding some encoders add. */
function endsWith(path: string, size: number, trailer: Buffer): boolean {
  const window = Math.min(size, 64);
  return readBytes(path, size - window, window).includes(trailer);
}
