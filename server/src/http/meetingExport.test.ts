import { addNote, createCluster, readBoard } from "@roundtable/shared";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, waitFor, waitForAnswer } from "../testing/clients";
import { joinAs } from "../testing/facilitation";
import { type CreatedMeeting, postMeeting } from "../testing/meetings";
import { useServerWithClients } from "../testing/serverWithClients";

// The acceptance of a meeting's combined result, as programs see it: three groups, people
// joining two of them by code, notes written with stock clients, and the combined exports.

const t = useServerWithClients();
let meeting: CreatedMeeting;

/** What each group wrote: [group, lane, text]. The third group writes nothing. */
const written = [
  ["Principals", "p1", "Arts in every school's plan"],
  ["Principals", "p2", "=Shared calendar of performances"],
  ["Principals", "p2", "Release time for teachers"],
  ["Directors", "p1", "Fund the bus to the museum"],
  ["Directors", "p3", "Survey the students"],
  ["Directors", "inbox", "Not sorted yet"],
] as const;

async function exported(query: string, key?: string) {
  const response = await fetch(`${t.server.url}/api/meetings/${meeting.id}/export?${query}`, {
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  return { response, text: await response.text() };
}

/** Joins a group by its code as a browser does: code → board → name → token → socket. */
async function joinByCode(code: string, name: string): Promise<TestClient & { author: string }> {
  const found = (await (await fetch(`${t.server.url}/api/join/${code.toLowerCase()}`)).json()) as {
    boardId: string;
  };
  const { token, participantId } = await joinAs(t.server.url, found.boardId, name);
  const client = t.open(found.boardId, { token });
  await client.synced;
  return { ...client, author: participantId };
}

beforeAll(async () => {
  ({ json: meeting } = await postMeeting(t.server.url, {
    title: "ALMA visit",
    groups: ["Principals", "Directors", "Cabinet"],
  }));
});

describe("a meeting's combined result", () => {
  it("carries every note of every group with its group and priority", async () => {
    const [principals, directors] = meeting.groups;
    if (!principals || !directors) throw new Error("no groups");
    const clients = {
      Principals: await joinByCode(principals.joinCode, "Ada"),
      Directors: await joinByCode(directors.joinCode, "Ben"),
    };
    for (const [group, lane, text] of written) {
      addNote(clients[group].doc, { lane, text, author: clients[group].author });
    }
    // Both groups name a cluster "Quick wins": merging puts them together.
    for (const [group, lane, text] of [
      ["Principals", "p4", "Paint the hall"],
      ["Directors", "p4", "Clean the stage"],
    ] as const) {
      const doc = clients[group].doc;
      const id = addNote(doc, { lane, text });
      createCluster(doc, {
        lane,
        title: group === "Principals" ? "Quick wins" : "quick  WINS",
        noteIds: [id],
      });
    }
    for (const group of [principals, directors]) {
      await waitForAnswer(
        async () => {
          const summary = (await (
            await fetch(`${t.server.url}/api/boards/${group.boardId}`)
          ).json()) as { notes: number };
          return summary.notes === 4;
        },
        { what: `${group.name}'s notes to reach the server` },
      );
    }
    const titleOf = (lane: string) =>
      readBoard(clients.Principals.doc).lanes.find((l) => l.id === lane)?.title;

    const csv = await exported("format=csv");
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get("content-disposition")).toMatch(
      /attachment; filename="alma-visit-all-groups-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0] ?? {}).join(",")).toBe(
      "group,priority,cluster,text,votes,author,created",
    );
    expect(rows).toHaveLength(written.length + 2);
    for (const [group, lane, text] of written) {
      const cell = text.startsWith("=") ? `'${text}` : text;
      expect(rows).toContainEqual(
        expect.objectContaining({
          group,
          priority: titleOf(lane),
          text: cell,
          author: group === "Principals" ? "Ada" : "Ben",
        }),
      );
    }
    expect(rows.filter((row) => row.group === "Cabinet")).toEqual([]);

    const md = (await exported("format=md")).text;
    for (const [group, lane, text] of written) {
      const laneAt = md.indexOf(`\n## ${titleOf(lane)}\n`);
      const nextLane = md.indexOf("\n## ", laneAt + 1);
      const section = md.slice(laneAt, nextLane === -1 ? undefined : nextLane);
      const groupAt = section.indexOf(`\n### ${group}\n`);
      expect(groupAt, `${group} under ${titleOf(lane)}`).toBeGreaterThan(-1);
      const groupEnd = section.indexOf("\n### ", groupAt + 1);
      expect(section.slice(groupAt, groupEnd === -1 ? undefined : groupEnd)).toContain(text);
    }

    const json = JSON.parse((await exported("format=json")).text) as {
      kind: string;
      lanes: {
        id: string;
        notes: { text: string; group: string }[];
        clusters: { notes: unknown[] }[];
      }[];
    };
    expect(json.kind).toBe("meeting");
    const inJson = json.lanes.flatMap((lane) => lane.notes.map((n) => [n.group, lane.id, n.text]));
    for (const note of written) expect(inJson).toContainEqual([...note]);

    const merged = (await exported("format=md&merge=clusters")).text;
    expect(merged).toContain("- **Quick wins** — Principals and Directors\n");
    expect(merged).toMatch(/ {2}- Paint the hall — Principals\n {2}- Clean the stage — Directors/);
    const apart = (await exported("format=md")).text;
    expect(apart).not.toContain("Principals and Directors");
  });

  it("keeps hidden votes hidden unless the facilitator asks", async () => {
    const open = JSON.parse((await exported("format=json")).text) as {
      lanes: { notes: { votes: number | null }[] }[];
    };
    expect(open.lanes.flatMap((l) => l.notes).every((n) => n.votes === null)).toBe(true);
    const asFacilitator = JSON.parse(
      (await exported("format=json", meeting.facilitatorKey)).text,
    ) as {
      lanes: { notes: { votes: number | null }[] }[];
    };
    expect(asFacilitator.lanes.flatMap((l) => l.notes).every((n) => n.votes === 0)).toBe(true);
  });

  it("refuses a wrong key, an unknown format and an unknown merge", async () => {
    const other = await postMeeting(t.server.url, { groups: ["X"] });
    expect((await exported("format=md", other.json.facilitatorKey)).response.status).toBe(403);
    expect((await exported("format=pdf")).response.status).toBe(400);
    const bad = await exported("format=md&merge=notes");
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: "unknown-merge" });
  });

  it("shows a group's notes to its facilitator's live connection, not another group's", async () => {
    const [, , cabinet] = meeting.groups;
    const [principals] = meeting.groups;
    if (!cabinet || !principals) throw new Error("no groups");
    const watcher = t.open(cabinet.boardId, { key: meeting.facilitatorKey });
    await watcher.synced;
    const writer = await joinByCode(cabinet.joinCode, "Cy");
    addNote(writer.doc, { lane: "p1", text: "Cabinet's first note" });
    await waitFor(
      () => readBoard(watcher.doc).notes.some((n) => n.text === "Cabinet's first note"),
      {
        what: "the note to reach the facilitator",
      },
    );
    expect(readBoard(watcher.doc).notes).toHaveLength(1);
  });
});
