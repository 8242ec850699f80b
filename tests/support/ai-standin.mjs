// A stand-in for the Workers AI binding: an auxiliary worker whose RPC method `run` has
// the binding's signature and replays recorded answers (tests/fixtures/ai/llama-guard.json,
// passed in as the RECORDINGS binding). "timeout" answers arrive after 5 s, long after the
// consumer's deadline, as a slow model would.
import { WorkerEntrypoint } from 'cloudflare:workers'

export default class AiStandIn extends WorkerEntrypoint {
  async run(model, input) {
    if (model !== '@cf/meta/llama-guard-3-8b') throw new Error(`the stand-in only replays Llama Guard, not ${model}`)
    const text = input.messages.at(-1).content
    const recording = this.env.RECORDINGS.find((r) => r.input === text)
    if (!recording) return { response: 'safe', usage: { prompt_tokens: 200, completion_tokens: 2, total_tokens: 202 } }
    if (recording.answer === 'timeout') {
      await new Promise((resolve) => setTimeout(resolve, 5000))
      return { response: 'safe' }
    }
    return recording.answer
  }
}
