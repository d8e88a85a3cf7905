import { parentPort, workerData } from 'node:worker_threads';
import { renderMarkdown } from './render.ts';

// Runs in a worker thread: renders the bodies it was given and sends the HTML back in order.
const { bodies, base } = workerData as { bodies: string[]; base: string };
parentPort?.postMessage(bodies.map((body) => renderMarkdown(body, base)));
