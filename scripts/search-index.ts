/**
 * Step two of `npm run build`: the Pagefind index of the site in OUT_DIR, in shards of at most
 * SEARCH_SHARD_PAGES project pages per language, reusing unchanged shards from ASTRO_CACHE_DIR.
 * Exit code: 0 when every shard was written, else 1 with Pagefind's message.
 */
import { resolve } from 'node:path';
import { buildEnv } from '../src/env.ts';
import { indexShards } from '../src/search-shards/index-shards.ts';

try {
  await indexShards(resolve(buildEnv.outDir), resolve(buildEnv.cacheDir), buildEnv.searchShardPages, (line) =>
    console.log(line),
  );
} catch (error) {
  console.error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
