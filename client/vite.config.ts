import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.ROUNDTABLE_SERVER ?? "http://localhost:8787";

export default defineConfig({
  plugins: [react()],
  server: {
    // The dev server forwards the API and websockets to the real server as the same origin.
    proxy: {
      "/api": server,
      "/healthz": server,
      "/ws": { target: server.replace(/^http/, "ws"), ws: true },
    },
  },
});
