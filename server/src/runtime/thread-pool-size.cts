import { availableParallelism } from "node:os";

/**
 * argon2 hashes on libuv's thread pool, 19 MiB apiece. Node's default of four threads on a
 * two-core machine adds no throughput, only memory and queueing: size it to the cores instead.
 *
 * libuv reads the variable once, when the pool first starts, and Node's ES module loader starts
 * it while reading the entry file, before any of our modules runs. So this is CommonJS, loaded
 * with `node --require` ahead of the entry. An operator's own setting wins.
 */
process.env.UV_THREADPOOL_SIZE ??= String(Math.max(2, availableParallelism()));
