import { mix32 } from '../shared/domain/text/hash';

/**
 * Seeded newsroom text for generated stores: outlet names, headlines and agency stories with each outlet's
 * version of them. Words come from a vocabulary of real English news words (so a search for "council budget"
 * finds something and "zebra" finds nothing), places and names vary per story, and versions differ the way
 * republished agency copy does (trimmed ends, an added sentence, a changed word, a moved paragraph).
 */

/** Numbers in [0, 1), the same stream for the same seed (MurmurHash3's finaliser over a counter). */
export function seededRandom(seed: number): () => number {
  let state = mix32(seed >>> 0);
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    return mix32(state) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** A UUID-shaped id from the stream: stores generated from one seed are identical, ids included. */
export function seededId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const TOWNS = 'Leeds Bristol Cardiff Glasgow Norwich Exeter Derby Swansea Aberdeen Dundee Preston Wrexham Chester Bangor Truro Carlisle Durham Lincoln Oxford Bath Hull York Perth Inverness'.split(' ');
const MASTHEADS = 'Echo Post Gazette Herald Chronicle Star Mercury Times Courier Advertiser Journal Argus'.split(' ');

/** `count` distinct outlet names ("Leeds Echo", "Bristol Post"…), the same for every run. */
export function outletNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i += 1) {
    const name = `${TOWNS[i % TOWNS.length]!} ${MASTHEADS[(i * 7 + Math.floor(i / TOWNS.length)) % MASTHEADS.length]!}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const SUBJECTS = 'council police minister court hospital school university union watchdog regulator charity airport railway museum festival club inquiry committee landlord supermarket brewery fire service coastguard ambulance trust'.split(' ');
const VERBS = 'approves rejects delays announces defends scraps backs launches reviews funds warns over suspends extends cuts'.split(' ');
const TOPICS = 'budget plans|housing scheme|bus routes|parking charges|flood defences|cycle lanes|library hours|bin collections|rent rises|carnival route|privacy rules|facial recognition|water bills|energy costs|teacher pay|ward closures|bridge repairs|festival licence'.split('|');
const FIRST = 'Sarah James Priya Tom Aisha David Mary Owen Chloe Rhys Fatima Gareth Helen Kwame Lucy Martin Nadia Peter Ruth Sean'.split(' ');
const LAST = 'Hughes Patel Morgan Evans Clarke Okafor Davies Shaw Reid Bennett Walsh Khan Price Murray Lloyd Fraser Doyle Turner'.split(' ');
const ROLES = 'a spokesperson for the council|the chief constable|a local resident|the opposition leader|a union official|the chair of the committee|a campaigner|the head teacher|a shop owner|the project manager'.split('|');
const NOUNS =
  'residents officers councillors figures report decision proposal funding cost consultation meeting plan money pressure review safety traffic staff services families businesses data rules changes warning evidence response support concerns complaints survey vote contract delays scheme investment numbers patients pupils passengers drivers tenants visitors volunteers'.split(
    ' ',
  );
const ADJECTIVES = 'local new public annual independent national regional early final major difficult significant urgent further formal detailed'.split(' ');
const LINKS = 'said that|added that|warned that|confirmed that|told reporters that|argued that|pointed out that'.split('|');
const CLAUSES = [
  'the {adj} {noun} would be published next month',
  'the {noun} had risen sharply since last year',
  '{noun} and {noun} would be consulted before any {noun} was agreed',
  'the {adj} {noun} showed the {noun} was working',
  'there had been a number of {noun} about the {noun}',
  'the {noun} would cost more than £{n} million',
  'about {n},000 {noun} could be affected by the {noun}',
  'a {adj} {noun} into the {noun} would report in the spring',
  'the {noun} would be reviewed at the next {noun}',
  'it was too early to say what the {noun} would mean for {noun}',
  'the {adj} {noun} had been delayed by {n} weeks',
  'nobody should face {noun} without {noun}',
];

/** One story's identity: who and where, so every sentence of it (and its headline) hangs together. */
export interface StorySeed {
  town: string;
  subject: string;
  topic: string;
  person: string;
  role: string;
}

export function storySeed(random: () => number): StorySeed {
  return { town: pick(random, TOWNS), subject: pick(random, SUBJECTS), topic: pick(random, TOPICS), person: `${pick(random, FIRST)} ${pick(random, LAST)}`, role: pick(random, ROLES) };
}

const capitalised = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

export function headline(random: () => number, story: StorySeed): string {
  return capitalised(`${story.town} ${story.subject} ${pick(random, VERBS)} ${story.topic}`);
}

/** The templates cut at their slots once, so filling one is a join rather than three regex passes. */
const CLAUSE_PARTS = CLAUSES.map((template) => template.split(/(\{noun\}|\{adj\}|\{n\})/));

function clause(random: () => number): string {
  return pick(random, CLAUSE_PARTS)
    .map((part) => (part === '{noun}' ? pick(random, NOUNS) : part === '{adj}' ? pick(random, ADJECTIVES) : part === '{n}' ? String(between(random, 2, 90)) : part))
    .join('');
}

function sentence(random: () => number, story: StorySeed): string {
  const speaker = random() < 0.5 ? story.person : capitalised(story.role);
  const opening = random() < 0.3 ? `In ${story.town}, ` : '';
  const body = random() < 0.5 ? `${speaker} ${pick(random, LINKS)} ${clause(random)}` : `The ${story.subject} ${pick(random, LINKS)} ${clause(random)}`;
  const more = random() < 0.5 ? `, and ${clause(random)}` : '';
  return `${opening}${opening ? body : capitalised(body)}${more}.`;
}

const wordsIn = (text: string): number => text.split(' ').length;

/** The agency story: paragraphs of one to three sentences, about `words` words in all. */
export function agencyStory(random: () => number, story: StorySeed, words: number): string[] {
  const paragraphs: string[] = [];
  for (let count = 0; count < words; ) {
    const paragraph = Array.from({ length: between(random, 1, 3) }, () => sentence(random, story)).join(' ');
    count += wordsIn(paragraph);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** An outlet's version of the agency story: sometimes trimmed, with a sentence of its own, a word changed, a paragraph moved. */
export function outletVersion(random: () => number, story: StorySeed, agency: readonly string[]): string[] {
  const out = agency.slice(0, Math.max(3, agency.length - between(random, 0, 3)));
  if (random() < 0.7) out.splice(between(random, 1, out.length), 0, sentence(random, story));
  if (random() < 0.6) {
    const at = between(random, 0, out.length - 1);
    out[at] = out[at]!.replace(/ (said|added|warned) /, ' told the agency ');
  }
  if (random() < 0.3 && out.length > 3) {
    const [moved] = out.splice(between(random, 1, out.length - 1), 1);
    out.splice(between(random, 1, out.length - 1), 0, moved!);
  }
  return out;
}
