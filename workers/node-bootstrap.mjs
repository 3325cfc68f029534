// A Node thread does not inherit the tsx loader of the command line: register it here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./node.worker.ts');
