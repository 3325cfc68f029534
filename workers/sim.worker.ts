import { expose, type Endpoint } from 'comlink';
import { workerApi } from '../src/engine/worker-api.ts';

expose(workerApi, self as unknown as Endpoint);
