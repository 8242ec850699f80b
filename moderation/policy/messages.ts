/**
 * What a poster is told after (and, in the composer, before) posting. Plain, warm words;
 * never the rule internals. English and Spanish, like the interface.
 */
import type { Decision, Notice } from './index'

type Lang = 'en' | 'es'
type HeldReason = Decision['heldBecause'][number]

const NOTICES: Record<Lang, Record<Exclude<Notice, null>, string>> = {
  en: {
    imminent:
      'It sounds like you might be in danger right now. Please call the emergency number below, or one of these lines: you deserve help this minute, and they are there for exactly this.',
    crisis:
      'What you wrote matters, and it sounds really heavy. Talking to someone now can help: these lines are free and confidential. Our volunteers will read your post soon.',
    concern: 'Thank you for sharing this. If things feel like too much, these people are there to listen, any time.',
    friend:
      'It sounds like you are worried about someone. You are doing the right thing by reaching out. Here is how to help them, and who you can call together.',
    method: 'Thank you for sharing. To keep everyone safe, we ask people not to describe methods; a volunteer will look at your post.',
  },
  es: {
    imminent:
      'Parece que podrías estar en peligro ahora mismo. Por favor, llama al número de emergencias de abajo o a una de estas líneas: mereces ayuda en este momento, y están ahí justo para esto.',
    crisis:
      'Lo que escribiste importa, y suena muy pesado. Hablar con alguien ahora puede ayudar: estas líneas son gratuitas y confidenciales. Nuestras personas voluntarias leerán tu publicación pronto.',
    concern: 'Gracias por compartir esto. Si todo se vuelve demasiado, estas personas están ahí para escucharte, a cualquier hora.',
    friend:
      'Parece que te preocupa alguien. Haces bien en buscar ayuda. Aquí tienes cómo acompañarle y a quién podéis llamar juntos.',
    method: 'Gracias por compartir. Para cuidar de todos, pedimos no describir métodos; una persona voluntaria revisará tu publicación.',
  },
}

const HELD: Record<Lang, { intro: string; reasons: Record<HeldReason, string>; outro: string }> = {
  en: {
    intro: 'Your post is saved, and it is waiting for one of our volunteers before others can see it:',
    reasons: {
      crisis: 'it sounds like you may not be safe right now, and we want a person to read it first',
      'someone-in-danger': 'it sounds like someone may be in danger right now',
      method: 'it describes ways of hurting oneself, which we keep out of public posts',
      harassment: 'it seems to tell someone to hurt or kill themselves, which is never allowed here',
      'personal-data': 'it contains personal details that could identify someone',
      premoderation: 'this community has volunteers read every post before it is shown',
    },
    outro: 'Nothing is deleted. You can see it with your author key, and you will be told here when it is published.',
  },
  es: {
    intro: 'Tu publicación está guardada y espera a una persona voluntaria antes de que otros puedan verla:',
    reasons: {
      crisis: 'parece que ahora mismo podrías no estar a salvo, y queremos que una persona la lea primero',
      'someone-in-danger': 'parece que alguien podría estar en peligro ahora mismo',
      method: 'describe formas de hacerse daño, que no mostramos en publicaciones públicas',
      harassment: 'parece decirle a alguien que se haga daño o se quite la vida, algo que aquí nunca se permite',
      'personal-data': 'contiene datos personales que podrían identificar a alguien',
      premoderation: 'en esta comunidad, personas voluntarias leen cada publicación antes de mostrarla',
    },
    outro: 'No se borra nada. Puedes verla con tu clave de autor/a, y te avisaremos aquí cuando se publique.',
  },
}

const REDACTED: Record<Lang, Record<string, string>> = {
  en: { phone: 'phone number', email: 'email', url: 'link', address: 'address', name: 'name', handle: 'username' },
  es: { phone: 'teléfono', email: 'correo', url: 'enlace', address: 'dirección', name: 'nombre', handle: 'usuario' },
}

const pick = (lang: string | undefined): Lang => (lang?.slice(0, 2) === 'es' ? 'es' : 'en')

export const noticeText = (notice: Notice, lang?: string): string | null => (notice ? NOTICES[pick(lang)][notice] : null)

/** "Your post is saved and waiting…" with each reason, or null when it was published. */
export function heldText(decision: Pick<Decision, 'status' | 'heldBecause'>, lang?: string): { intro: string; reasons: string[]; outro: string } | null {
  if (decision.status !== 'held') return null
  const t = HELD[pick(lang)]
  return { intro: t.intro, reasons: decision.heldBecause.map((r) => t.reasons[r]), outro: t.outro }
}

/** Marker left in the public copy where personal data was, e.g. "[phone number removed]". */
export function redactionLabel(kind: string, lang?: string): string {
  const l = pick(lang)
  const what = REDACTED[l][kind] ?? kind
  return l === 'es' ? `[${what} eliminado]` : `[${what} removed]`
}
