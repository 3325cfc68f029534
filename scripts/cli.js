/**
 * `npm run simulate|merge|sensitivity|goal-seek|attribution|plan:check|expost -- …`: runs src/cli/<command>.ts as built JavaScript
 * (scripts/bundle-cache.js; the first run after a change builds it), so a command starts in a fraction of the time
 * and memory tsx needs. The command sees its own arguments and runs as the main module, as it would under tsx.
 */
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './bundle-cache.js';

// SIGTERM or SIGINT while the command is built or loaded stops at once, with the code a shell gives a process the
// signal ended (128 + its number); from its start the command handles them itself (src/cli/stop-on-signal.ts)
const stopEarly = (signal) => process.exit(128 + constants.signals[signal]);
process.on('SIGTERM', stopEarly);
process.on('SIGINT', stopEarly);

const COMMANDS = ['simulate', 'merge', 'sensitivity', 'goal-seek', 'attribution', 'plan-check', 'expost'];
const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  process.stderr.write(`scripts/cli.js: unknown command "${command}"; one of ${COMMANDS.join(', ')}\n`);
  process.exit(2);
}
const bundle = nodeBundle(`cli-${command}`, `src/cli/${command}.ts`);
// the command's runMain starts it when it is the script node was asked to run (src/cli/args.ts)
process.argv = [process.argv[0], fileURLToPath(bundle), ...args];
await import(bundle.href);
process.off('SIGTERM', stopEarly);
process.off('SIGINT', stopEarly);
