import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const noConsole = ["error", { allow: ["warn", "error"] }];

/** Each package may only reach the others through these doors; the messages say which to use. */
const serverImports = {
  patterns: [
    { group: ["@app/client", "**/client/src/**"], message: "The server never imports the client." },
  ],
};
const clientImports = {
  patterns: [
    {
      group: ["@app/server", "**/server/src/**"],
      message: "The client talks to the server over GraphQL only; share code through @app/shared.",
    },
  ],
};
const sharedImports = {
  patterns: [
    {
      group: ["@app/server", "@app/client", "**/server/src/**", "**/client/src/**"],
      message: "@app/shared depends on neither side; move the code here instead.",
    },
    {
      group: ["node:*", "fs", "http", "net", "pg", "typeorm", "react", "@apollo/*"],
      message: "@app/shared holds pure code only: no I/O and no frameworks.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "client/src/gql/**",
      "client/e2e/artifacts/**",
      "server/.data/**",
      "**/*.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["*/vitest.config.ts", "*/vitest.*.config.ts", "*/vite.config.ts"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-console": noConsole,
    },
  },
  {
    files: ["server/src/**/*.ts"],
    languageOptions: {
      parserOptions: {
        // type-graphql and TypeORM read reflected types; type-only imports would erase them.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      "no-restricted-imports": ["error", serverImports],
      "no-console": "error",
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": ["error", clientImports],
      "no-console": "error",
    },
  },
  {
    files: ["shared/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", sharedImports], "no-console": "error" },
  },
  {
    files: ["**/*.mjs", "client/e2e/**", ".ci/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.test.{ts,tsx}", "**/test-support/**", "**/e2e/**"],
    rules: { "no-console": "off" },
  },
);
