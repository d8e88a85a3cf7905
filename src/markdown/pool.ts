import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderMarkdown } from './render.ts';

/** Below this many bodies per thread, starting a worker costs more than it saves. */
const MIN_BODIES_PER_WORKER = 200;

/**
 * Renders many bodies, spread over worker threads when there are enough to pay for them:
 * Markdown rendering is most of a large build's content sync, and it is independent per body.
 * Falls back to this thread if workers cannot start.
 */
export async function renderAllMarkdown(
  bodies: readonly string[],
  {
    threads = availableParallelism(),
    fallback = true,
    base = '/',
  }: { threads?: number; fallback?: boolean; base?: string } = {},
): Promise<string[]> {
  const workers = Math.min(threads, Math.floor(bodies.length / MIN_BODIES_PER_WORKER));
  const renderHere = () => bodies.map((body) => renderMarkdown(body, base));
  if (workers < 2) return renderHere();
  const size = Math.ceil(bodies.length / workers);
  const slices = Array.from({ length: workers }, (_, index) => bodies.slice(index * size, (index + 1) * size));
  try {
    const rendered = await Promise.all(slices.map((slice) => renderInWorker(slice, base)));
    return rendered.flat();
  } catch (error) {
    if (!fallback) throw error;
    return renderHere();
  }
}

function renderInWorker(bodies: string[], base: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { bodies, base } });
    worker.once('message', (html: string[]) => {
      resolve(html);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`markdown worker exited with code ${code}`));
    });
  });
}
