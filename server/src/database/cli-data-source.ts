import "reflect-metadata";

import { loadConfig } from "../config/config.js";
import { createDataSource } from "./data-source.js";

// The TypeORM CLI wants exactly one exported data source in this file. Never point it at the
// embedded data folder while the server runs: PGlite has no cross-process lock.
export default createDataSource(loadConfig().database);
