import { defineConfig } from 'vite';

export default defineConfig({
  define: { 'import.meta.env.STAND_IN_HOST': JSON.stringify(process.env.STAND_IN_HOST ?? '') },
});
