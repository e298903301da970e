import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ES module per entry point, peers left to the host, one stylesheet.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^react-router($|\/)/],
    },
  },
});
