/**
 * Safety models that can give a second opinion on a post. Each answers the same question,
 * "does this read as self-harm, and how?", so the consumer does not care which one runs.
 * Neither is reachable from a developer machine; tests replay recorded answers through
 * these same functions (tests/support/ai-standin.mjs, tests/fixtures/ai/).
 */
export type Opinion = {
  provider: 'workers-ai' | 'openai'
  flagged: boolean
  /** Model categories that fired, e.g. ["S11"] or ["self-harm/intent"]. */
  categories: string[]
  /** Self-harm content of any kind. */
  selfHarm: boolean
  /** The writer intends to harm themselves. */
  intent: boolean
  /** Instructions or method details. */
  instructions: boolean
}

export class MalformedAnswer extends Error {}

export const LLAMA_GUARD = '@cf/meta/llama-guard-3-8b'

/** The Workers AI binding, as far as we use it. */
export type WorkersAi = { run(model: string, input: { messages: { role: string; content: string }[] }): Promise<unknown> }

/**
 * Llama Guard 3 answers either text ("safe", or "unsafe" and a line of category codes)
 * or, on Workers AI, an object `{ safe, categories }`. "S11" is self-harm. Anything else
 * is malformed: better to retry than to guess.
 */
export async function askLlamaGuard(ai: WorkersAi, text: string): Promise<Opinion> {
  const answer = await ai.run(LLAMA_GUARD, { messages: [{ role: 'user', content: text }] })
  const categories = llamaGuardCategories((answer as { response?: unknown } | null)?.response)
  const selfHarm = categories.includes('S11')
  return { provider: 'workers-ai', flagged: categories.length > 0, categories, selfHarm, intent: selfHarm, instructions: false }
}

/** Category codes from either answer shape; [] for safe; throws when it is neither. */
function llamaGuardCategories(raw: unknown): string[] {
  if (raw && typeof raw === 'object' && typeof (raw as { safe?: unknown }).safe === 'boolean') {
    const { safe, categories } = raw as { safe: boolean; categories?: unknown }
    if (safe) return []
    if (!Array.isArray(categories)) throw new MalformedAnswer('Llama Guard said unsafe without categories')
    return categories.map(String).filter((c) => /^S\d{1,2}$/.test(c))
  }
  if (typeof raw !== 'string') throw new MalformedAnswer('Llama Guard answer has no response')
  const [verdict = '', codes = ''] = raw.trim().split('\n')
  if (verdict.trim() === 'safe') return []
  if (verdict.trim() !== 'unsafe') throw new MalformedAnswer(`Llama Guard verdict "${verdict.slice(0, 40)}"`)
  const found = codes.split(',').map((c) => c.trim()).filter((c) => /^S\d{1,2}$/.test(c))
  if (found.length === 0) throw new MalformedAnswer('Llama Guard said unsafe without categories')
  return found
}

const OPENAI_CATEGORIES = ['self-harm', 'self-harm/intent', 'self-harm/instructions'] as const

/** OpenAI's omni-moderation endpoint; only the self-harm categories matter here. */
export async function askOpenAi(apiKey: string, text: string, fetcher: typeof fetch = fetch, baseUrl = 'https://api.openai.com'): Promise<Opinion> {
  const res = await fetcher(`${baseUrl}/v1/moderations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'omni-moderation-latest', input: text }),
  })
  if (!res.ok) throw new Error(`OpenAI moderation answered ${res.status}`)
  const body = (await res.json().catch(() => null)) as { results?: { categories?: Record<string, unknown> }[] } | null
  const categories = body?.results?.[0]?.categories
  if (!categories || OPENAI_CATEGORIES.some((c) => typeof categories[c] !== 'boolean')) throw new MalformedAnswer('OpenAI answer has no self-harm categories')
  const fired = OPENAI_CATEGORIES.filter((c) => categories[c] === true)
  return {
    provider: 'openai',
    flagged: fired.length > 0,
    categories: fired,
    selfHarm: fired.length > 0,
    intent: fired.includes('self-harm/intent'),
    instructions: fired.includes('self-harm/instructions'),
  }
}

/** Gives up on a model that does not answer in time, so the message can be retried. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
