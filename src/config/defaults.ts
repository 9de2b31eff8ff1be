export const CONFIG_FILE = 'tolk.config.yaml';

export const DEFAULTS = {
  source: 'sv',
  content: 'content/sv',
  locales: 'locales',
  glossary: 'glossary.yaml',
  lock: 'tolk.lock.json',
  provider: 'auto',
} as const;

/** Settings sections for the built-in providers; `custom` holds a module provider's options. */
export const PROVIDER_SECTIONS = ['deepl', 'pseudo', 'apertium', 'custom'] as const;

export const TOP_LEVEL_FIELDS = [
  'source',
  'targets',
  'content',
  'locales',
  'glossary',
  'lock',
  'provider',
  'exclude',
  'maskTerms',
  'checks',
  ...PROVIDER_SECTIONS,
] as const;

export const SEGMENT_KINDS = [
  'headline',
  'lede',
  'caption',
  'credit',
  'dateline',
  'timestamp',
  'paragraph',
  'quote',
  'subheading',
  'factbox-title',
  'factbox',
  'source',
  'boilerplate',
] as const;
