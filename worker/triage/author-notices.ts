import type { PostType } from '../../db/schema'

/**
 * What the anonymous author reads on their next visit when a volunteer approves or
 * removes their post, in the post's language (English when we have no translation).
 * Plain words, no blame; a removal always says why.
 */
export const REMOVAL_REASONS = ['method-detail', 'harmful', 'harassment', 'spam', 'personal-info', 'other'] as const
export type RemovalReason = (typeof REMOVAL_REASONS)[number]

type Lang = 'en' | 'es'

const WHAT: Record<Lang, Record<PostType, string>> = {
  en: { story: 'your story', reply: 'your reply' },
  es: { story: 'tu historia', reply: 'tu respuesta' },
}

const REASON_TEXT: Record<Lang, Record<RemovalReason, string>> = {
  en: {
    'method-detail': 'it described a method of self-harm or suicide, which can put other readers at risk',
    harmful: 'it could harm other readers',
    harassment: 'it was aimed at hurting someone',
    spam: 'it looked like advertising or spam',
    'personal-info': 'it contained personal information that could identify someone',
    other: 'it did not fit our community guidelines',
  },
  es: {
    'method-detail': 'describía un método de autolesión o suicidio, lo que puede poner en riesgo a otras personas',
    harmful: 'podía hacer daño a otras personas',
    harassment: 'buscaba herir a alguien',
    spam: 'parecía publicidad o spam',
    'personal-info': 'contenía datos personales que podían identificar a alguien',
    other: 'no encajaba con nuestras normas de la comunidad',
  },
}

const langOf = (lang: string): Lang => (lang.startsWith('es') ? 'es' : 'en')

export function approvedNotice(postType: PostType, lang: string): string {
  const l = langOf(lang)
  return l === 'es'
    ? `Una persona voluntaria ha leído ${WHAT.es[postType]} y ya está publicada. Gracias por compartirla.`
    : `A volunteer has read ${WHAT.en[postType]} and it is now published. Thank you for sharing it.`
}

/** A published post a volunteer has taken down for now (e.g. after reports): the author is told, not left to wonder. */
export function hiddenNotice(postType: PostType, lang: string): string {
  return langOf(lang) === 'es'
    ? `Una persona voluntaria ha ocultado ${WHAT.es[postType]} por ahora. Sigue guardada y puedes verla, editarla o borrarla con tu clave.`
    : `A volunteer has hidden ${WHAT.en[postType]} for now. It is kept, and you can still see, edit or delete it with your key.`
}

export function removedNotice(postType: PostType, lang: string, reason: RemovalReason, message?: string): string {
  const l = langOf(lang)
  const base =
    l === 'es'
      ? `Una persona voluntaria ha retirado ${WHAT.es[postType]} porque ${REASON_TEXT.es[reason]}.`
      : `A volunteer removed ${WHAT.en[postType]} because ${REASON_TEXT.en[reason]}.`
  return message ? `${base}\n\n${message}` : base
}

/** A starting point for a check-in, in the author's language; the volunteer edits it. */
export function checkInTemplate(lang: string): string {
  return langOf(lang) === 'es'
    ? 'Hola. Soy una persona voluntaria de Lantern. He leído lo que escribiste y quería saber cómo estás. Importas, y no tienes que pasar por esto en soledad. Si estás en peligro ahora mismo, llama al número de emergencias o a una de las líneas de ayuda que aparecen abajo.'
    : 'Hi. I am a volunteer at Lantern. I read what you wrote and wanted to check in on you. You matter, and you do not have to go through this alone. If you are in danger right now, please call your local emergency number or one of the helplines below.'
}
