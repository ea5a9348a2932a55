import { availableParallelism } from "node:os";

/**
 * argon2 hashes on libuv's thread pool, 19 MiB apiece. Node's default of four threads on a
 * two-core machine adds no throughput, only memory and queueing: size it to the cores instead.
 * libuv reads the variable when the pool first starts, so this module must be imported before
 * anything that could use the pool. An operator's own setting wins.
 */
process.env.UV_THREADPOOL_SIZE ??= String(Math.max(2, availableParallelism()));
