/** The worker side of markdown-pool.ts: parses one body per message (the pool may stop it at any time). */
import { parentPort } from 'node:worker_threads';
import { parseMarkdownSafely } from './markdown-guard.ts';

parentPort?.on('message', (body: string) => parentPort?.postMessage(parseMarkdownSafely(body)));
parentPort?.postMessage('ready');
