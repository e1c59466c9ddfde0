/**
 * Meeting scenario: one server holding a meeting split into group boards, every participant
 * of every board connected first, then all of them writing at a meeting's pace at once. Measured
 * like the fan-out scenario, over all boards: each write's latency to the other clients of its
 * board, writes missing from any client, and writes that reached a client of another board.
 */
import type { BenchConfig } from "./config";
import { TargetError } from "./errors";
import { type FanoutRun, runRooms, type WriteSchedule } from "./fanout";
import { createRooms, type RunningServer } from "./servers";
import type { ClientWorker } from "./workers";

/**
 * The group boards of one meeting, as a facilitator creates them: Roundtable makes them in one
 * POST /api/meetings, one board per group, and a group's room is its board id. For the reference
 * a room is just a name.
 */
export async function createGroupRooms(server: RunningServer, count: number): Promise<string[]> {
  if (server.kind === "ref") return createRooms(server, count, "Group");
  const groups = Array.from({ length: count }, (_, i) => `Group ${i + 1}`);
  const body = await server.postJson("/api/meetings", { title: "Bench meeting", groups });
  const created = (body as { groups?: { boardId?: unknown }[] }).groups ?? [];
  const rooms = created.flatMap((group) =>
    typeof group.boardId === "string" && group.boardId !== "" ? [group.boardId] : [],
  );
  if (rooms.length !== count) {
    throw new TargetError(
      `POST /api/meetings returned ${rooms.length} board ids for ${count} groups: ${JSON.stringify(body).slice(0, 200)}`,
    );
  }
  return rooms;
}

export function meetingSchedule(config: BenchConfig["meeting"]): WriteSchedule {
  return {
    intervalMs: config.writeEveryMs,
    pace: "random",
    writesPerWriter: Math.round((config.durationSeconds * 1000) / config.writeEveryMs),
  };
}

export async function runMeeting(
  server: RunningServer,
  workers: readonly ClientWorker[],
  config: BenchConfig["meeting"],
): Promise<FanoutRun> {
  const rooms = await createGroupRooms(server, config.rooms);
  const plans = rooms.map((room) => ({
    room,
    clients: config.clientsPerRoom,
    writers: config.clientsPerRoom,
  }));
  return runRooms(server, workers, config, plans, meetingSchedule(config));
}
