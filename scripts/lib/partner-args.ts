import { parseArgs } from 'node:util'
import { parseHelplineLine } from '../../worker/partners/helpline-line'

export const PARTNER_CREATE_USAGE = `Usage: npm run partner:create -- --slug acme --name "Acme Charity" --origin https://acme.org [options]

  --slug <slug>            lowercase letters, digits, hyphens (used in the embed code)
  --name <name>            the organisation's name
  --origin <origin>        an origin allowed to embed the forum; repeat for several
  --accent <#hex>          theme: accent colour (links, buttons)
  --background <#hex>      theme: page background
  --text <#hex>            theme: text colour
  --font <stack>           theme: font stack, e.g. "Inter, system-ui, sans-serif"
  --radius <length>        theme: corner radius, e.g. 8px
  --scheme <light|dark|auto>
  --locale <en|es>         interface language (default en)
  --space <slug>           a space to show; repeat for several (default: every space)
  --default-space <slug>   the space the embed opens on
  --helpline "<name> | <phone> | <text> | <https link> | <hours>"   repeat for several (at most 5)
  --hold-concern           hold "concern" posts written through this partner for a moderator
  --premoderate            hold every post written through this partner for a moderator
  --replace                overwrite an existing partner with this slug (issues a new key)
  --json                   print { slug, apiKey } as JSON
  --remote | --persist-to <dir>   which D1 to write to (default: the local one)`

/** Command-line arguments to the partner settings (still unvalidated) and where to write them. */
export function partnerArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      accent: { type: 'string' },
      background: { type: 'string' },
      text: { type: 'string' },
      font: { type: 'string' },
      radius: { type: 'string' },
      scheme: { type: 'string' },
      locale: { type: 'string' },
      space: { type: 'string', multiple: true },
      'default-space': { type: 'string' },
      helpline: { type: 'string', multiple: true },
      'hold-concern': { type: 'boolean' },
      premoderate: { type: 'boolean' },
      replace: { type: 'boolean' },
      json: { type: 'boolean' },
      remote: { type: 'boolean' },
      local: { type: 'boolean' },
      'persist-to': { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  return {
    help: values.help ?? false,
    input: defined({
      slug: values.slug,
      name: values.name,
      allowedOrigins: values.origin ?? [],
      theme: defined({ accent: values.accent, background: values.background, text: values.text, font: values.font, radius: values.radius, scheme: values.scheme }),
      locale: values.locale,
      spaces: values.space,
      defaultSpace: values['default-space'],
      resources: values.helpline?.map(parseHelplineLine),
      policy: defined({ holdConcern: values['hold-concern'], premoderate: values.premoderate }),
    }),
    replace: values.replace ?? false,
    json: values.json ?? false,
    /** Passed through to `wrangler d1 execute`. */
    target: values.remote ? ['--remote'] : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])],
  }
}
