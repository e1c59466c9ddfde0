/**
 * Meeting scenario: one server holding a meeting split into group boards, every participant
 * of every board connected first, then all of them writing at a meeting's pace at once. Measured
 * like the fan-out scenario, over all boards: each write's latency to the other clients of its
 * board, writes missing from any client, and writes that reached a client of another board.
 */
import type { BenchConfig } from "./config";
import { type FanoutRun, runRooms, type WriteSchedule } from "./fanout";
import { createRooms, type RunningServer } from "./servers";
import type { ClientWorker } from "./workers";

/**
 * The group boards of one meeting. In Roundtable a group's room is a board, created one by one
 * through POST /api/boards; for the reference a room is just a name.
 */
export function createGroupRooms(server: RunningServer, count: number): Promise<string[]> {
  return createRooms(server, count, "Bench meeting, group");
}

export function meetingSchedule(config: BenchConfig["meeting"]): WriteSchedule {
  return {
    intervalMs: config.writeEveryMs,
    jitter: config.jitter,
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
