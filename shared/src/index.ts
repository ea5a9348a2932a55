export * from "./error-codes.js";
export * from "./limits.js";
export * from "./validators.js";
