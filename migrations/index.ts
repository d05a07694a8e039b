import { PlatformFoundation1763780000000 } from './1763780000000-platform-foundation';

/** Every migration, in order. Listed by hand so the build, the CLI and the tests agree. */
export const MIGRATIONS = [PlatformFoundation1763780000000];
