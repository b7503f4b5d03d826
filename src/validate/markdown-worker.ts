/** The worker side of markdown-pool.ts: parses one body per message, answers its facts (the pool may stop it at any time). */
import { parentPort } from 'node:worker_threads';
import type { RenderOptions } from '../lib/render.ts';
import { factsAndPage } from './markdown-render.ts';

parentPort?.on('message', ({ body, render }: { body: string; render?: RenderOptions }) => parentPort?.postMessage(factsAndPage(body, render)));
parentPort?.postMessage('ready');
