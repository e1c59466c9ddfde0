import { JoinWithCode } from "./start/JoinWithCode";
import { NewBoard } from "./start/NewBoard";
import { NewMeeting } from "./start/NewMeeting";
import "./start/start.css";

/** The start page: join a group with its code, or start a board or a meeting as facilitator. */
export function App() {
  return (
    <main className="start start-home">
      <header className="start-intro">
        <h1>Roundtable</h1>
        <p className="tagline">Sticky notes, four priorities, one clear result.</p>
      </header>
      <div className="start-cards">
        <JoinWithCode />
        <NewBoard />
        <NewMeeting />
      </div>
    </main>
  );
}
