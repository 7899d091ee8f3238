/* `npm test` after a failed Vitest run: stops the tests' Neo4j that Vitest handed over to the e2e tests. */
import { stopHandedOverDatabase } from './test-database.ts';

await stopHandedOverDatabase();
