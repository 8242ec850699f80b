/**
 * Loads the demo stories into the local D1 (`npm start` runs it after the migrations).
 * Posts go through the same preparation as the API (markdown rendering, pseudonyms), and
 * INSERT OR IGNORE with fixed ids makes running it twice harmless.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { DEMO_STORIES } from '../db/seed/demo-stories'
import { hashAuthorKey, pseudonym } from '../worker/lib/author-key'
import { DEFAULT_POLICY } from '../moderation/policy'
import { preparePost, type PreparedPost } from '../worker/posting/prepare'
import { demoPartnerSql } from './lib/demo-partner'
import { sqlLiteral as quote } from './lib/sql'

const now = Date.now()
const HOUR = 3_600_000
const statements: string[] = []

/** Screening columns, so demo posts are stored exactly as the API would store them. */
const screened = (p: PreparedPost) => [p.crisisLevel, p.crisisSubject, JSON.stringify(p.screening), p.screenVersion, p.lang]
const SCREEN_COLUMNS = 'crisis_level, crisis_subject, screening, screen_version, lang'

for (const [i, story] of DEMO_STORIES.entries()) {
  const author = await hashAuthorKey(`demo-author-${i}`)
  const prepared = preparePost({ title: story.title, body: story.body, lang: 'en' }, DEFAULT_POLICY)
  statements.push(
    `INSERT OR IGNORE INTO stories (id, space_slug, title, body, body_html, content_warnings, author_hash, author_name, status, created_at, ${SCREEN_COLUMNS}) VALUES (${[
      story.id, story.space, prepared.title ?? story.title, prepared.body, prepared.bodyHtml, JSON.stringify(story.contentWarnings),
      author, await pseudonym(author, story.id), prepared.status, now - story.hoursAgo * HOUR, ...screened(prepared),
    ].map(quote).join(', ')});`,
  )
  for (const [j, reply] of story.replies.entries()) {
    const replier = reply.byAuthor ? author : await hashAuthorKey(`demo-replier-${i}-${j}`)
    const r = preparePost({ body: reply.body, lang: 'en' }, DEFAULT_POLICY)
    statements.push(
      `INSERT OR IGNORE INTO replies (id, story_id, body, body_html, author_hash, author_name, by_story_author, status, created_at, ${SCREEN_COLUMNS}) VALUES (${[
        reply.id, story.id, r.body, r.bodyHtml, replier, await pseudonym(replier, story.id), reply.byAuthor ? 1 : 0, r.status, now - reply.hoursAgo * HOUR, ...screened(r),
      ].map(quote).join(', ')});`,
    )
  }
}

// The demo partner site (http://127.0.0.1:8788, served by `npm start`), with a fresh API key each run.
const partner = await demoPartnerSql()
statements.push(partner.sql)

mkdirSync('.wrangler', { recursive: true })
writeFileSync('.wrangler/demo-seed.sql', statements.join('\n') + '\n')
execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--file', '.wrangler/demo-seed.sql', ...process.argv.slice(2)], { stdio: 'inherit' })
console.log(`Demo data: ${DEMO_STORIES.length} stories loaded into the local D1.`)
console.log(`Demo partner "demo": API key for this local database (shown once): ${partner.apiKey}`)
