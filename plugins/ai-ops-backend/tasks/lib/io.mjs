// Reading and writing the URIs a task is given: file:// URIs, plain paths,
// and (for reading only) http(s) URLs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

function pathOf(uri) {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    throw new Error(`Cannot write to ${uri}: only file:// URIs and paths`);
  }
  return uri;
}

export async function readText(uri) {
  if (/^https?:\/\//i.test(uri)) {
    const response = await fetch(uri);
    if (!response.ok) {
      throw new Error(`GET ${uri}: ${response.status} ${response.statusText}`);
    }
    return response.text();
  }
  return readFile(pathOf(uri), 'utf8');
}

export async function writeText(uri, text) {
  const path = pathOf(uri);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export async function readJson(uri) {
  return JSON.parse(await readText(uri));
}

export async function writeJson(uri, value) {
  await writeText(uri, `${JSON.stringify(value, null, 2)}\n`);
}
