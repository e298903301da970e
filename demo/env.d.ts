/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** host:port of the local Stripe stand-in, set by scripts/dev.ts; the widget may send the browser there. */
  readonly VITE_STAND_IN_HOST: string;
}
