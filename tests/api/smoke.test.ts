import { SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'

it('lists the seeded spaces', async () => {
  const res = await SELF.fetch('https://lantern.test/api/spaces')
  expect(res.status).toBe(200)
  const body = await res.json<{ spaces: { slug: string }[] }>()
  expect(body.spaces.map((s) => s.slug)).toContain('anxiety')
})
