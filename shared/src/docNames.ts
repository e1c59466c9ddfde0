// Storage and room names of a board's documents. Board ids never hold a slash, so these never
// collide with a board's own name.

export function controlDocName(boardId: string): string {
  return `${boardId}/control`;
}

export function votesDocName(boardId: string, participantId: string): string {
  return `${boardId}/votes/${participantId}`;
}

/** The prefix shared by the names of every votes document of a board. */
export function votesDocPrefix(boardId: string): string {
  return `${boardId}/votes/`;
}
