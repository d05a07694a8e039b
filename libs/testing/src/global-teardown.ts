import { adminQuery } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.COP_TEST_TEMPLATE;
  if (name) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
