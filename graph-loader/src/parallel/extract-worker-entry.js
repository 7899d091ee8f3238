// Worker-thread entry for the extraction pool: registers tsx in this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
