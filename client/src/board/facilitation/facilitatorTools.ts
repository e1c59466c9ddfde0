// What only a board's facilitator (and, for snapshots, its participants) uses, in one chunk
// that the start page, the view link and a participant's first paint never download.
export { FacilitatorControls, PhaseNav } from "./FacilitatorControls";
export { FacilitatorPanel } from "./FacilitatorPanel";
export { ImportDialog } from "./ImportDialog";
export { SnapshotsDialog } from "./SnapshotsDialog";
