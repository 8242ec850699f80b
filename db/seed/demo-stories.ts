/** A handful of gentle, realistic demo stories for `npm start`. Fixed ids keep seeding idempotent. */
export type DemoStory = {
  id: string
  space: string
  title: string
  body: string
  contentWarnings: string[]
  hoursAgo: number
  replies: { id: string; body: string; byAuthor?: boolean; hoursAgo: number }[]
}

export const DEMO_STORIES: DemoStory[] = [
  {
    id: 'demo0first01',
    space: 'anxiety',
    title: 'The supermarket, on my own',
    body: "For about eight months I couldn't go into a supermarket without my sister. The lights, the queues, the feeling that everyone could see my heart racing.\n\nToday I went alone. I only bought bread and oranges, and I left the basket by the door because the queue was too long, but I *went*. My therapist says small exposures add up. Today I believe her a little more.",
    contentWarnings: [],
    hoursAgo: 3,
    replies: [
      { id: 'demo0reply01', body: 'Bread and oranges is a whole victory. Leaving when you needed to is part of it too.', hoursAgo: 2 },
      { id: 'demo0reply02', body: 'Thank you. I keep reading the replies on the bus.', byAuthor: true, hoursAgo: 1 },
    ],
  },
  {
    id: 'demo0second2',
    space: 'grief',
    title: 'A year without Dad',
    body: "It's been a year. People stopped asking how I am around month three, which I understand, but the grief didn't get the memo.\n\nWhat helps: saying his name out loud. Cooking his terrible lentil soup. Letting myself laugh when I remember how he sang in the car.\n\nIf you're in the first weeks of this: it doesn't get smaller, but you grow around it.",
    contentWarnings: ['grief'],
    hoursAgo: 20,
    replies: [{ id: 'demo0reply03', body: 'Growing around it is exactly how it felt for me with my mum. Sending you strength today.', hoursAgo: 18 }],
  },
  {
    id: 'demo0third03',
    space: 'depression',
    title: 'Showering counts',
    body: 'Some weeks my whole to-do list is: drink water, open the curtains, shower. For a long time I felt ashamed of how small that list was.\n\nA friend told me to write down what I *did* instead of what I didn\'t. Turns out a lot of my days had more in them than I thought.\n\n- opened the curtains\n- answered one message\n- went round the block',
    contentWarnings: [],
    hoursAgo: 30,
    replies: [],
  },
  {
    id: 'demo0fourth4',
    space: 'recovery',
    title: 'Two years of asking for help',
    body: "Two years ago I finally told my GP how I'd been feeling. I practised the sentence in the car park for twenty minutes.\n\nRecovery hasn't been a straight line. There were months I went backwards. But I have words for things now, and people I can say them to. If you're practising your sentence in a car park somewhere: you're allowed to go in.",
    contentWarnings: [],
    hoursAgo: 50,
    replies: [{ id: 'demo0reply04', body: 'I did the car park thing too. Going in was the best thing I ever did.', hoursAgo: 40 }],
  },
  {
    id: 'demo0fifth05',
    space: 'self-harm-recovery',
    title: 'Eighteen months, and a bad week',
    body: "Eighteen months since I last hurt myself. This week the urges came back harder than they have in ages, and I was scared that meant I was back at the start.\n\nI wasn't. I texted my friend, held ice, went for a walk at midnight with my headphones on. The urge passed. It always has so far.\n\nA bad week is not a reset.",
    contentWarnings: ['self-harm'],
    hoursAgo: 70,
    replies: [{ id: 'demo0reply05', body: '"A bad week is not a reset." Writing that on a sticky note. Thank you.', hoursAgo: 60 }],
  },
  {
    id: 'demo0sixth06',
    space: 'caring-for-someone',
    title: 'Supporting my partner without losing myself',
    body: "My partner has been really low since the spring. I've learned that I can't fix it, and that trying to made us both more tired.\n\nWhat I do now: I ask directly how they're doing, I keep the crisis line number on the fridge, and I see my own friends on Thursdays even when I feel guilty about it. Looking after myself is part of looking after us.",
    contentWarnings: [],
    hoursAgo: 90,
    replies: [],
  },
  {
    id: 'demo0seven07',
    space: 'loneliness',
    title: 'Said hello to my neighbour',
    body: "I moved to a new city in January and haven't really spoken to anyone outside work. Today my neighbour was struggling with a big parcel and I held the door. We talked for five minutes about her cat.\n\nFive minutes. I've been smiling all evening.",
    contentWarnings: [],
    hoursAgo: 120,
    replies: [],
  },
]
