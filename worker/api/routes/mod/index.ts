import { Hono } from 'hono'
import { modAuditRoutes } from './audit'
import { modAuthRoutes } from './auth'
import type { ModEnv } from './guard'
import { modItemRoutes } from './items'
import { modInviteRoutes, modModeratorRoutes } from './moderators'
import { modQueueRoutes } from './queue'
import { modStatsRoutes } from './stats'

/**
 * The volunteer moderators' API, under /api/mod. Every route but sign-in and joining needs
 * a session (and a CSRF token to change anything); /moderators and /invites need an admin.
 */
export const modRoutes = new Hono<ModEnv>()
  .route('/', modAuthRoutes)
  .route('/queue', modQueueRoutes)
  .route('/items', modItemRoutes)
  .route('/audit', modAuditRoutes)
  .route('/stats', modStatsRoutes)
  .route('/moderators', modModeratorRoutes)
  .route('/invites', modInviteRoutes)
