import { type BoardState, type ControlState, controlDocName } from "@roundtable/shared";
import type * as Y from "yjs";
import { watchBoard } from "./board";
import { type ConnectionState, connectDoc } from "./connection";
import { watchSyncedControl } from "./control";
import { watchPeople } from "./presence";
import { connectResettable } from "./resettable";

export type GroupDocsListener = {
  board(board: BoardState): void;
  /** The control state, once it has come from the server (an empty document says nothing). */
  control(control: ControlState): void;
  /** Who has the board open now, by their presence. */
  online(people: { id: string; name: string }[]): void;
  connection(board: ConnectionState, control: ConnectionState): void;
  /** The server refused a change to the control document, for `reason`. */
  refused(reason: string): void;
};

/** A group's board and control document, watched from the meeting page. */
export type GroupDocs = {
  /**
   * Runs `change` on the control document; false (and nothing done) while the document has not
   * arrived from the server, since a change made on a guess could undo a newer one.
   */
  changeControl(change: (doc: Y.Doc) => void): boolean;
  destroy(): void;
};

/**
 * Opens a group's board and control document with the facilitator's key, kept in memory only.
 * The meeting page watches and never writes notes: it shares no presence, so it does not
 * appear among the people on the group's board.
 */
export function openGroupDocs(
  boardId: string,
  key: string,
  listener: GroupDocsListener,
): GroupDocs {
  const params = { key };
  const board = connectDoc({ room: boardId, params, persistAs: null });
  board.awareness.setLocalState(null);
  let controlState: ConnectionState = board.state();
  let controlSynced = false;
  const report = () => listener.connection(board.state(), controlState);

  const control = connectResettable(
    { room: controlDocName(boardId), params },
    {
      onOpen(connection) {
        controlSynced = false;
        controlState = connection.state();
        const stopWatching = watchSyncedControl(connection, {
          control(next) {
            controlSynced = true;
            listener.control(next);
          },
        });
        const stopStatus = connection.subscribe((state) => {
          controlState = state;
          report();
        });
        return () => {
          stopWatching();
          stopStatus();
        };
      },
      onRefused: listener.refused,
    },
  );

  const stops = [
    watchBoard(board.doc, listener.board),
    watchPeople(board.awareness, (people) =>
      listener.online(people.map(({ id, name }) => ({ id, name }))),
    ),
    board.subscribe(report),
  ];
  report();

  return {
    changeControl(change) {
      if (!controlSynced) return false;
      change(control.current().doc);
      return true;
    },
    destroy() {
      for (const stop of stops) stop();
      control.destroy();
      board.destroy();
    },
  };
}
