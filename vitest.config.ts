/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Type tests (`*.test-d.ts`): checked by tsc, run with the others by `vitest run`. Their own
    // tsconfig limits tsc to them and what they import (`astro check` covers the whole project).
    typecheck: {
      enabled: true,
      include: ['tests/unit/**/*.test-d.ts'],
      tsconfig: 'tests/tsconfig.test-d.json',
    },
  },
});
