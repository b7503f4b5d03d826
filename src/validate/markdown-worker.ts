/** The worker side of markdown-pool.ts: parses one body per message, answers its facts (the pool may stop it at any time). */
import { parentPort } from 'node:worker_threads';
import { markdownFacts } from './markdown-facts.ts';

parentPort?.on('message', (body: string) => parentPort?.postMessage(markdownFacts(body)));
parentPort?.postMessage('ready');
