// Starts page-image.worker.ts in a worker thread. Workers do not inherit the tsx loader that
// bin/karvan.js (or the test runner) registered for the main thread: register it here.
import { register } from 'tsx/esm/api';

register();
await import('./page-image.worker.ts');
