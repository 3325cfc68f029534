// The worker thread as model 2.0.0's command line started it: register tsx in the new thread, then load TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./node.worker.ts');
