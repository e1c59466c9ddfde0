import { randomBytes } from "node:crypto";
import { isValidRecordId, newId } from "@roundtable/shared";
import { hashKey, keyMatches } from "./auth";
import type { ParticipantRecord, Storage } from "./storage/storage";

/**
 * A participant token is `<participantId>.<secret>`: the id says whose hash to compare, and the
 * 192-bit secret proves it. Only the hash is stored.
 */
export function participantFromToken(
  storage: Storage,
  boardId: string,
  token: string,
): ParticipantRecord | undefined {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const id = token.slice(0, dot);
  if (!isValidRecordId(id)) return undefined;
  const participant = storage.getParticipant(boardId, id);
  if (!participant || !keyMatches(token.slice(dot + 1), participant.tokenHash)) return undefined;
  return participant;
}

/** Registers a participant; null when `proposedId` is already someone's. */
export function registerParticipant(
  storage: Storage,
  boardId: string,
  name: string,
  proposedId?: string,
): { participant: ParticipantRecord; token: string } | null {
  const id = proposedId ?? newId();
  const secret = randomBytes(24).toString("base64url");
  const participant: ParticipantRecord = {
    boardId,
    id,
    name,
    tokenHash: hashKey(secret),
    createdAt: Date.now(),
  };
  if (!storage.addParticipant(participant)) return null;
  return { participant, token: `${id}.${secret}` };
}
