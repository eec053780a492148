// Starts check-import-file.worker.ts in a worker thread. Workers do not inherit the tsx loader
// that bin/karvan.js (or the test runner) registered for the main thread: register it here.
import { register } from 'tsx/esm/api';

register();
await import('./check-import-file.worker.ts');
