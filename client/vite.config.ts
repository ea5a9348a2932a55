import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type ProxyOptions } from "vite";

const defaultApiPort = 4000;
const defaultClientPort = 5173;

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;

  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, not "${raw}".`);
  }
  return port;
}

const clientPort = readPort("CLIENT_PORT", defaultClientPort);
const apiPort = readPort("PORT", defaultApiPort);

// The API is served on the SPA's own origin so the httpOnly session cookie stays first-party and
// the browser never needs CORS.
const proxy: Record<string, ProxyOptions> = {
  "/graphql": { target: `http://localhost:${apiPort}`, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Vite 8 replaces the default conditions when this is set, so they are spread back in.
    conditions: ["@app/source", ...defaultClientConditions],
  },
  // No hand-made vendor chunks: a forced group pulls every component any lazy page uses into
  // the entry, and the sign-in page would pay for the admin screens. The manifest lets the
  // benchmark measure what the sign-in route really loads.
  build: { manifest: true },
  server: { port: clientPort, strictPort: true, proxy },
  preview: { port: clientPort, strictPort: true, proxy },
});
