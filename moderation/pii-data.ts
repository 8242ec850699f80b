// Data for pii.ts: helpline/emergency numbers that are NOT personal data, helpline web
// domains, and a small list of common first names (five languages) for full-name detection.

import { EMERGENCY_NUMBERS } from './resources/emergency-numbers'
import { ALL_HELPLINES } from './resources/helplines'

export const digits = (s: string) => s.replace(/\D/g, '')

/**
 * Numbers that are not personal data, as digits: every helpline of the crisis directory (its
 * phone, text and other numbers: one source, so a line added there is never flagged here),
 * every emergency number, and other public services the directory does not list (EU 116
 * lines, police and fire numbers, retired lines people still quote). Compared with and
 * without trunk zeros (pii.ts).
 */
export const HELPLINE_NUMBERS = new Set([
  ...ALL_HELPLINES.flatMap((h) => [h.phone, h.text, ...(h.otherPhones ?? [])]),
  ...EMERGENCY_NUMBERS.map((e) => e.number),
].filter((n) => n !== undefined).map(digits).filter(Boolean).concat(
  '116111', '116117', '116000', '0925250113', '0925250116', '0871632030', '1393', '08003212', '18002738255',
  '8002738255', '0800689', '08006895', '3020', '110', '190', '193', '15', '17', '18', '061', '062', '133',
  '08000800', '0800111', '0800112',
))

export const HELPLINE_DOMAINS =
  /(?:988lifeline\.org|samaritans\.org|samaritans\.ie|crisistextline\.(?:org|uk)|giveusashout\.org|lifeline\.org\.au|beyondblue\.org\.au|1737\.org\.nz|telefonseelsorge\.(?:de|at)|143\.ch|3114\.fr|cvv\.org\.br|113\.nl|zelfmoord1813\.be|mind\.se|findahelpline\.com|iasp\.info|telefonodelaesperanza\.org|sosvozamiga\.org|nhs\.uk|mind\.org\.uk|papyrus-uk\.org|kidshelpphone\.ca|talksuicide\.ca|befrienders\.org|suicidepreventionlifeline\.org|sante\.gouv\.fr|sanidad\.gob\.es|pieta\.ie|childline\.org\.uk|youngminds\.org\.uk|kooth\.com|shout\.uk)/i

export const FIRST_NAMES = [
  // en
  'James', 'John', 'Robert', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Daniel', 'Matthew', 'Anthony', 'Andrew', 'Joshua', 'Kevin', 'Brian', 'George', 'Edward', 'Ryan',
  'Jacob', 'Nicholas', 'Tyler', 'Jake', 'Liam', 'Noah', 'Oliver', 'Harry', 'Jack', 'Charlie', 'Ben',
  'Benjamin', 'Samuel', 'Sam', 'Tom', 'Chris', 'Christopher', 'Alex', 'Alexander', 'Luke', 'Adam',
  'Jason', 'Justin', 'Aaron', 'Nathan', 'Ethan', 'Connor', 'Callum', 'Jamie', 'Mary', 'Patricia',
  'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy',
  'Emily', 'Emma', 'Olivia', 'Sophia', 'Sophie', 'Isabella', 'Ava', 'Mia', 'Amelia', 'Chloe', 'Lily',
  'Hannah', 'Laura', 'Rachel', 'Rebecca', 'Megan', 'Amy', 'Lucy', 'Katie', 'Kate', 'Anna',
  'Ashley', 'Amanda', 'Stephanie', 'Nicole', 'Michelle', 'Melissa', 'Heather', 'Claire', 'Zoe',
  'Ella', 'Grace', 'Ruby', 'Holly', 'Ellie', 'Jess', 'Jasmine', 'Abigail', 'Natalie', 'Victoria',
  // es / pt
  'José', 'Jose', 'Juan', 'Luis', 'Carlos', 'Javier', 'Miguel', 'Antonio', 'Manuel', 'Pedro', 'Pablo',
  'Diego', 'Alejandro', 'Sergio', 'Jorge', 'Fernando', 'Ricardo', 'Raúl', 'Andrés', 'Mateo', 'Santiago',
  'María', 'Maria', 'Carmen', 'Lucía', 'Lucia', 'Sofía', 'Sofia', 'Marta', 'Elena', 'Isabel', 'Ana',
  'Paula', 'Valentina', 'Camila', 'Daniela', 'Gabriela', 'Andrea', 'Sara', 'Cristina', 'Raquel',
  'João', 'Joao', 'Lucas', 'Gabriel', 'Rafael', 'Bruno', 'Tiago', 'Thiago', 'Gustavo',
  'Felipe', 'Rodrigo', 'Beatriz', 'Mariana', 'Juliana', 'Fernanda', 'Larissa', 'Letícia', 'Leticia',
  'Inês', 'Ines', 'Joana', 'Rita', 'Catarina', 'Francisca',
  // fr
  'Jean', 'Pierre', 'Louis', 'Nicolas', 'Julien', 'Antoine', 'Mathieu', 'Maxime', 'Hugo', 'Léo',
  'Théo', 'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Julie', 'Marie',
  'Céline', 'Nathalie', 'Isabelle', 'Aurélie', 'Élodie', 'Mathilde', 'Clara', 'Margaux', 'Juliette',
  // de
  'Lukas', 'Leon', 'Finn', 'Jonas', 'Paul', 'Felix', 'Maximilian', 'Tobias', 'Florian', 'Stefan',
  'Andreas', 'Jürgen', 'Klaus', 'Sebastian', 'Niklas', 'Jan', 'Tim', 'Lena', 'Lea', 'Leonie',
  'Katharina', 'Julia', 'Sabine', 'Petra', 'Ursula', 'Monika', 'Johanna',
]

/** Capitalised words that follow a first name but are not surnames. */
export const NOT_SURNAME = new Set([
  'And', 'But', 'Or', 'The', 'I', 'Is', 'Was', 'Said', 'Says', 'Told', 'Texted', 'Has', 'Had',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Christmas', 'Street', 'Road', 'Avenue', 'Lane', 'Park', 'School', 'College',
  'University', 'Hospital', 'Church', 'Center', 'Centre', 'Y', 'E', 'Et', 'Und', 'De', 'Do', 'Da',
  'Dos', 'Das', 'Der', 'Die', 'La', 'Le', 'Les', 'El', 'Los', 'Las', 'Who', 'Why', 'When', 'If',
  'Thanks', 'Thank', 'Please', 'Ok', 'Okay', 'Yes', 'No', 'Hi', 'Hey', 'Hello', 'Lol', 'Too', 'Also',
])
