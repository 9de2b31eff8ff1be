// The distinct texts of a language's work, gathered as the engine asks for them: a language still
// being planned grows meanwhile, so its first batches leave before its last segment is planned.

import type { UnpinnedTerm } from '../glossary/index.js';
import { createPause, nextTurn } from '../pause.js';
import type { WorkItem } from '../plan/types.js';
import type { TermMatch } from '../types.js';
import { splitCredit } from './split-credit.js';

/** An engine output with its protected parts restored, verified against the glossary. */
export interface Translated {
  text: string;
  unpinned: UnpinnedTerm[];
}

/** A distinct text the engine must see, with what the language's segments need of it. */
export interface EngineText {
  matches: TermMatch[];
  context: string;
  items: WorkItem[];
  /** Its answer, once it came: a repeat reached later is filled at once. */
  output?: Translated;
}

export type TextEntry = [text: string, engineText: EngineText];

export interface GatherInput {
  /** The language's work; while `workDone` is pending, the plan is still adding to it. */
  work: readonly WorkItem[];
  workDone?: Promise<unknown>;
  match: (text: string) => TermMatch[];
  /** A work item no engine sees (a timestamp). */
  onOwn: (item: WorkItem) => void;
  /** A repeat of a text whose answer came before the repeat was reached. */
  onRepeat: (item: WorkItem, output: Translated) => void;
}

export interface TextGatherer {
  /** The distinct texts found so far, in work order: the same sentence is sent once per language. */
  readonly entries: readonly TextEntry[];
  /** Waits until a text not seen before comes up: false once every work item is looked at. */
  more(): Promise<boolean>;
}

/** Work items looked at between two pauses. */
const ITEMS_PER_STEP = 256;

export function gatherTexts(input: GatherInput): TextGatherer {
  const { work } = input;
  const texts = new Map<string, EngineText>();
  const entries: TextEntry[] = [];
  let gathered = 0;
  let planned = input.workDone === undefined;
  const donePlanning = () => {
    planned = true;
  };
  input.workDone?.then(donePlanning, donePlanning);

  const gatherSome = () => {
    const end = Math.min(work.length, gathered + ITEMS_PER_STEP);
    for (; gathered < end; gathered++) {
      const item = work[gathered]!;
      if (item.mode === 'timestamp') {
        input.onOwn(item);
        continue;
      }
      const { segment } = item;
      const text =
        item.mode === 'credit' ? (splitCredit(segment.text)?.label ?? segment.text) : segment.text;
      const known = texts.get(text);
      if (known) {
        known.items.push(item);
        if (known.output) input.onRepeat(item, known.output);
      } else {
        const engineText = { matches: input.match(text), context: segment.context, items: [item] };
        texts.set(text, engineText);
        entries.push([text, engineText]);
      }
    }
  };
  // Other languages' answers arrive meanwhile: pause now and then through thousands of segments.
  const pause = createPause();
  return {
    entries,
    async more() {
      const known = entries.length;
      for (;;) {
        gatherSome();
        if (entries.length > known) return true;
        if (gathered < work.length) await pause();
        else if (planned) return false;
        else await nextTurn();
      }
    },
  };
}
