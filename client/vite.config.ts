import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { pagePreloads } from "./vitePlugins/pagePreloads";

const server = process.env.ROUNDTABLE_SERVER ?? "http://localhost:8787";

export default defineConfig({
  plugins: [
    react(),
    pagePreloads(),
    // The service worker: Workbox precaches every built file once (the hashed ones straight
    // from the HTTP cache the page just filled) and answers navigations from the network, or
    // with the precached index.html while offline.
    VitePWA({
      injectRegister: false,
      manifest: false,
      filename: "sw.js",
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,ico,woff2}"],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) =>
              request.mode === "navigate" && !url.pathname.startsWith("/api/"),
            handler: "NetworkFirst",
            options: {
              cacheName: "roundtable-pages",
              precacheFallback: { fallbackURL: "index.html" },
            },
          },
        ],
      },
    }),
  ],
  server: {
    // The dev server forwards the API and websockets to the real server as the same origin.
    proxy: {
      "/api": server,
      "/healthz": server,
      "/ws": { target: server.replace(/^http/, "ws"), ws: true },
    },
  },
});
