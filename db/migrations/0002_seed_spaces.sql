-- The forum's spaces are reference data that every deployment needs, so they ship as a
-- migration rather than as demo data. Descriptions set the tone of each space.
INSERT INTO `spaces` (`slug`, `name`, `description`, `i18n`, `sort_order`) VALUES
('anxiety', 'Anxiety', 'Worry, panic, racing thoughts, and the small things that help on hard days.',
 '{"es":{"name":"Ansiedad","description":"Preocupación, pánico, pensamientos acelerados y las pequeñas cosas que ayudan en los días difíciles."}}', 10),
('depression', 'Depression', 'Low mood, emptiness, getting through the day, and finding a bit of light.',
 '{"es":{"name":"Depresión","description":"Ánimo bajo, vacío, sobrellevar el día y encontrar un poco de luz."}}', 20),
('grief', 'Grief and loss', 'Losing someone or something, and carrying it with you. Including loss to suicide.',
 '{"es":{"name":"Duelo y pérdida","description":"Perder a alguien o algo, y aprender a llevarlo contigo. También la pérdida por suicidio."}}', 30),
('recovery', 'Recovery', 'Stories of getting better: setbacks, small wins, and what made a difference.',
 '{"es":{"name":"Recuperación","description":"Historias de mejora: recaídas, pequeños logros y lo que marcó la diferencia."}}', 40),
('self-harm-recovery', 'Self-harm recovery', 'Living with and moving away from self-harm, at your own pace. No details of methods, please.',
 '{"es":{"name":"Recuperación de autolesiones","description":"Convivir con las autolesiones y alejarse de ellas, a tu ritmo. Por favor, sin detalles de métodos."}}', 50),
('loneliness', 'Loneliness', 'Feeling alone or unseen, and reaching out.',
 '{"es":{"name":"Soledad","description":"Sentirse solo o invisible, y atreverse a acercarse a otros."}}', 60),
('caring-for-someone', 'Caring for someone', 'Supporting a friend, partner or family member who is struggling, and looking after yourself too.',
 '{"es":{"name":"Cuidar de alguien","description":"Acompañar a un amigo, pareja o familiar que lo está pasando mal, y cuidarte también tú."}}', 70);
