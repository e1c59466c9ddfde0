import { addNote, notesMap } from "@roundtable/shared";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { awarenessFrame, syncFrame } from "./rawClient";

/** A small seeded generator (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const int = (random: Random, max: number) => Math.floor(random() * max);

function bytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => int(random, 256));
}

/**
 * Frames a client could plausibly send, the way a fuzzing attacker would build them: real sync
 * and awareness messages around real Yjs updates, with odd but well-formed contents.
 */
export class FrameFactory {
  private readonly doc = new Y.Doc();
  private readonly updates: Uint8Array[] = [];

  constructor(private readonly random: Random) {
    this.doc.on("update", (update: Uint8Array) => this.updates.push(update));
  }

  /** A well-formed frame: most are accepted, a few refused for what they say. */
  wellFormed(): Uint8Array {
    const random = this.random;
    switch (int(random, 7)) {
      case 0:
        return syncFrame(Y.encodeStateVector(this.scratch()), 0);
      case 1:
        // Changes nothing: every client sends this on connecting.
        return syncFrame(Y.encodeStateAsUpdate(new Y.Doc()), pick(random, [1, 2]));
      case 2:
        return syncFrame(this.stateVector(), 0);
      case 3:
        return awarenessFrame([
          { clientId: int(random, 2 ** 31), clock: int(random, 10), state: this.state() },
        ]);
      case 4:
        return Uint8Array.of(3);
      case 5:
        return syncFrame(pick(random, this.updates.length ? this.updates : [new Uint8Array()]), 2);
      default:
        return syncFrame(this.edit(), 2);
    }
  }

  /** A well-formed frame, changed the way fuzzers change bytes. */
  mutated(): Uint8Array {
    const random = this.random;
    let frame = this.wellFormed();
    for (let n = 1 + int(random, 3); n > 0; n--) frame = this.mutate(frame);
    return frame;
  }

  private mutate(frame: Uint8Array): Uint8Array {
    const random = this.random;
    const at = int(random, Math.max(1, frame.length));
    switch (int(random, 7)) {
      case 0: {
        const copy = frame.slice();
        copy[at] = (copy[at] ?? 0) ^ (1 << int(random, 8));
        return copy;
      }
      case 1:
        return frame.slice(0, at);
      case 2:
        return concat(frame.slice(0, at), bytes(random, 1 + int(random, 8)), frame.slice(at));
      case 3:
        return concat(frame, bytes(random, 1 + int(random, 64)));
      case 4: {
        // A length or count that claims far more than follows.
        const big = encoding.createEncoder();
        encoding.writeVarUint(big, pick(random, [2 ** 31, 2 ** 53 - 1, 0xffffffff, 65_536]));
        return concat(frame.slice(0, at), encoding.toUint8Array(big), frame.slice(at + 1));
      }
      case 5:
        return concat(Uint8Array.of(int(random, 12)), frame.slice(1));
      default:
        return bytes(random, int(random, 48));
    }
  }

  /** A change to the board as a participant might write it: a note, or text in one. */
  private edit(): Uint8Array {
    const random = this.random;
    const before = Y.encodeStateVector(this.doc);
    const notes = notesMap(this.doc);
    if (notes.size > 0 && random() < 0.5) {
      const note = notes.get(pick(random, [...notes.keys()])) as Y.Map<unknown> | undefined;
      const text = note?.get("text");
      if (text instanceof Y.Text) text.insert(int(random, text.length + 1), "x");
    } else {
      this.doc.getMap("lanes");
      try {
        addNote(this.doc, { lane: "p1", text: "fuzz" });
      } catch {
        // The scratch board has no lanes: write the note's map directly.
        const note = new Y.Map<unknown>();
        notes.set(`f${int(random, 1e9)}`, note);
        note.set("text", new Y.Text("fuzz"));
        note.set("lane", pick(random, ["p1", "inbox", "nowhere"]));
      }
    }
    return Y.encodeStateAsUpdate(this.doc, before);
  }

  private scratch(): Y.Doc {
    const doc = new Y.Doc();
    doc.getMap("notes").set("n", int(this.random, 100));
    return doc;
  }

  private stateVector(): Uint8Array {
    const random = this.random;
    const encoder = encoding.createEncoder();
    const entries = int(random, 4);
    encoding.writeVarUint(encoder, entries);
    for (let i = 0; i < entries; i++) {
      encoding.writeVarUint(encoder, int(random, 2 ** 32));
      encoding.writeVarUint(encoder, int(random, 2 ** 20));
    }
    return encoding.toUint8Array(encoder);
  }

  private state(): unknown {
    const random = this.random;
    return pick(random, [
      null,
      { user: { name: "x".repeat(int(random, 200)), color: "#fff" } },
      { cursor: { anchor: int(random, 100) }, nested: [[[{}]]] },
      "a string",
      12,
    ]);
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
