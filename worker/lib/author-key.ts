import { randomBytes, sha256Hex, toBase64Url } from './crypto'

/**
 * Anonymous authorship. The browser keeps a random secret key; the server stores only its
 * SHA-256 hash. The key has 256 bits of entropy, so a plain hash cannot be reversed or
 * guessed, and no server-side secret is needed to verify it.
 */
const PREFIX = 'lk_'
const KEY_PATTERN = /^lk_[A-Za-z0-9_-]{43}$/

export function newAuthorKey(): string {
  return PREFIX + toBase64Url(randomBytes(32))
}

export const isAuthorKey = (value: string | undefined | null): value is string => !!value && KEY_PATTERN.test(value)

export const hashAuthorKey = (key: string): Promise<string> => sha256Hex(`lantern:author:${key}`)

const ADJECTIVES = [
  'Quiet', 'Gentle', 'Brave', 'Patient', 'Steady', 'Hopeful', 'Kind', 'Calm', 'Bright', 'Soft',
  'Warm', 'Curious', 'Honest', 'Tender', 'Wandering', 'Resting', 'Early', 'Late', 'Silver', 'Golden',
  'Misty', 'Sunny', 'Rainy', 'Snowy', 'Little', 'Tall', 'Hidden', 'Open', 'Thoughtful', 'Humble',
  'Loyal', 'Clever', 'Careful', 'Easy', 'Free', 'Fresh', 'Green', 'Blue', 'Amber', 'Coral',
  'Velvet', 'Willow', 'Autumn', 'Spring', 'Summer', 'Winter', 'Northern', 'Southern', 'Eastern', 'Western',
  'Morning', 'Evening', 'Midnight', 'Dawn', 'Dusk', 'Harbor', 'Meadow', 'River', 'Forest', 'Mountain',
  'Lucky', 'Sincere', 'Playful', 'Dreaming',
] as const
const ANIMALS = [
  'Heron', 'Otter', 'Fox', 'Wren', 'Badger', 'Hare', 'Owl', 'Robin', 'Finch', 'Deer',
  'Seal', 'Swan', 'Lynx', 'Moth', 'Bee', 'Crane', 'Dove', 'Lark', 'Puffin', 'Sparrow',
  'Tortoise', 'Whale', 'Dolphin', 'Koala', 'Panda', 'Raven', 'Falcon', 'Kestrel', 'Marten', 'Beaver',
  'Hedgehog', 'Squirrel', 'Rabbit', 'Mole', 'Newt', 'Salmon', 'Trout', 'Pelican', 'Gull', 'Plover',
  'Ibis', 'Egret', 'Bison', 'Elk', 'Moose', 'Yak', 'Lemur', 'Gecko', 'Manatee', 'Otterhound',
  'Starling', 'Thrush', 'Swift', 'Martin', 'Kingfisher', 'Magpie', 'Jay', 'Quail', 'Lamb', 'Pony',
  'Cricket', 'Firefly', 'Ladybird', 'Dragonfly',
] as const

/**
 * The name an author shows under in one story, e.g. "Quiet Heron": stable for the same
 * author in the same story, unrelated across stories (it depends on the story id), and
 * not reversible to the author hash. 64 x 64 names keep collisions inside a thread rare.
 */
export async function pseudonym(authorHash: string, storyId: string): Promise<string> {
  const hex = await sha256Hex(`lantern:pseudonym:${storyId}:${authorHash}`)
  const a = parseInt(hex.slice(0, 8), 16) % ADJECTIVES.length
  const b = parseInt(hex.slice(8, 16), 16) % ANIMALS.length
  return `${ADJECTIVES[a]} ${ANIMALS[b]}`
}
