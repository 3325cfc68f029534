import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import { nodeEndpoint } from '../src/engine/node-endpoint.ts';
import { workerApi } from '../src/engine/worker-api.ts';

expose(workerApi, nodeEndpoint(parentPort!));
