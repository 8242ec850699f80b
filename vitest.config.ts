import { defineConfig } from 'vitest/config'

// Projects: `unit` runs pure libraries (moderation/) in Node.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/moderation/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
})
