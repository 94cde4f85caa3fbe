/**
 * The handbook's own Astro configuration, unchanged except that Astro's cache (the content data store) goes
 * to a directory of the benchmark's choosing: benchmark builds of a generated corpus then start cold and do
 * not overwrite the cache of the real site in node_modules/.astro/. Used as `astro build --config …`.
 */
import config from '../../../astro.config.ts';

const cacheDir = process.env['BENCH_ASTRO_CACHE_DIR'];

export default cacheDir ? { ...config, cacheDir } : config;
