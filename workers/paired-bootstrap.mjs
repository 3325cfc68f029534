// The command line's paired-run thread (src/cli/paired-thread.ts): register tsx in the new thread, then load it.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/paired-thread.ts');
