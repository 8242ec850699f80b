import { normaliseLang } from './locale'
import type { Lang } from './locale'

// Written to follow safe-messaging guidance: ask about suicide directly (asking does not
// plant the idea), no method detail, always route to real help (emergency number, helpline)
// and never suggest the helper must cope alone or keep it secret.
type Guidance = { readonly title: string; readonly steps: readonly string[] }

const GUIDANCE: { readonly [L in Lang]: Guidance } = {
  en: {
    title: 'Worried about someone?',
    steps: [
      'Ask them directly: “Are you thinking about suicide?” Asking does not put the idea in their head, and it shows you care.',
      'Listen without judging, arguing or rushing to fix things. Thank them for telling you.',
      'If they are in immediate danger, stay with them (or stay on the phone) and, if you can do so safely, keep them away from anything they could use to hurt themselves.',
      'If their life is at risk, call your local emergency number now.',
      'Offer to contact a crisis helpline together: you can stay with them while they call, text or chat.',
      'Don’t promise to keep it secret, and look after yourself too: you don’t have to handle this alone.',
    ],
  },
  es: {
    title: '¿Te preocupa alguien?',
    steps: [
      'Pregúntale directamente: «¿Estás pensando en suicidarte?». Preguntar no le pone la idea en la cabeza y le demuestra que te importa.',
      'Escucha sin juzgar, sin discutir y sin prisa por arreglarlo todo. Agradécele que te lo haya contado.',
      'Si corre un peligro inmediato, quédate a su lado (o sigue al teléfono) y, si puedes hacerlo sin riesgo, aleja cualquier cosa con la que pueda hacerse daño.',
      'Si su vida está en riesgo, llama ahora al número de emergencias local.',
      'Ofrécete a contactar juntos con una línea de ayuda en crisis: puedes acompañarle mientras llama, escribe o chatea.',
      'No prometas guardar el secreto y cuídate también: no tienes que afrontar esto sin ayuda.',
    ],
  },
  fr: {
    title: 'Vous vous inquiétez pour quelqu’un ?',
    steps: [
      'Posez-lui la question directement : « Est-ce que tu penses au suicide ? » En parler ne donne pas l’idée, et montre que vous vous souciez de cette personne.',
      'Écoutez sans juger, sans argumenter et sans chercher à tout régler. Remerciez-la de vous en avoir parlé.',
      'Si elle est en danger immédiat, restez avec elle (ou restez au téléphone) et, si vous pouvez le faire sans risque, éloignez ce qui pourrait lui servir à se faire du mal.',
      'Si sa vie est en danger, appelez tout de suite le numéro d’urgence local.',
      'Proposez de contacter ensemble une ligne d’écoute de crise : vous pouvez rester à ses côtés pendant l’appel, le SMS ou le chat.',
      'Ne promettez pas de garder le secret, et prenez soin de vous aussi : vous n’avez pas à affronter cela sans aide.',
    ],
  },
  de: {
    title: 'Machst du dir Sorgen um jemanden?',
    steps: [
      'Frag direkt nach: „Denkst du daran, dir das Leben zu nehmen?“ Die Frage bringt niemanden erst auf die Idee – sie zeigt, dass du dich sorgst.',
      'Hör zu, ohne zu urteilen, zu diskutieren oder gleich alles lösen zu wollen. Bedanke dich, dass die Person es dir erzählt hat.',
      'Ist die Person in akuter Gefahr, bleib bei ihr (oder am Telefon) und entferne – wenn das für dich gefahrlos möglich ist – alles, womit sie sich verletzen könnte.',
      'Wenn ihr Leben in Gefahr ist, ruf sofort den örtlichen Notruf an.',
      'Biete an, gemeinsam eine Krisen-Hotline zu kontaktieren: Du kannst dabeibleiben, während sie anruft, schreibt oder chattet.',
      'Versprich nicht, es geheim zu halten – und achte auch auf dich: Du musst das nicht allein tragen.',
    ],
  },
  pt: {
    title: 'Tem alguém que te preocupa?',
    steps: [
      'Pergunte diretamente: “Você está pensando em suicídio?” Perguntar não coloca a ideia na cabeça da pessoa e mostra que você se importa.',
      'Escute sem julgar, discutir ou querer resolver tudo de uma vez. Agradeça por ela ter contado a você.',
      'Se ela estiver em perigo imediato, fique com ela (ou continue na ligação) e, se puder fazer isso com segurança, afaste qualquer coisa que ela possa usar para se machucar.',
      'Se a vida dela estiver em risco, ligue agora para o número de emergência local.',
      'Ofereça-se para entrar em contato junto com ela com uma linha de apoio em crise: você pode ficar ao lado enquanto ela liga, manda mensagem ou usa o chat.',
      'Não prometa guardar segredo, e cuide de você também: você não precisa enfrentar isso sem apoio.',
    ],
  },
}

export function helpingSomeoneElse(lang?: string): { title: string; steps: string[] } {
  const g = GUIDANCE[normaliseLang(lang)]
  return { title: g.title, steps: [...g.steps] }
}
