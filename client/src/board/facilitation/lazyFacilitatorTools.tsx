import { type ComponentProps, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";

// One dynamic import for all of them: the chunk is fetched once, when the first one shows.
const tools = () => import("./facilitatorTools");

const LazyControls = lazy(() => tools().then((m) => ({ default: m.FacilitatorControls })));
const LazyPhaseNav = lazy(() => tools().then((m) => ({ default: m.PhaseNav })));
const LazyPanel = lazy(() => tools().then((m) => ({ default: m.FacilitatorPanel })));
const LazyImport = lazy(() => tools().then((m) => ({ default: m.ImportDialog })));
const LazySnapshots = lazy(() => tools().then((m) => ({ default: m.SnapshotsDialog })));

function Later({ children, waiting }: { children: ReactNode; waiting?: string }) {
  const fallback = waiting ? (
    <span role="status" className="loading-tools">
      {waiting}
    </span>
  ) : null;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

export function FacilitatorControls(props: ComponentProps<typeof LazyControls>) {
  const { t } = useTranslation("header");
  return (
    <Later waiting={t("controls.loading")}>
      <LazyControls {...props} />
    </Later>
  );
}

export function PhaseNav() {
  return (
    <Later>
      <LazyPhaseNav />
    </Later>
  );
}

export function FacilitatorPanel() {
  return (
    <Later>
      <LazyPanel />
    </Later>
  );
}

export function ImportDialog(props: ComponentProps<typeof LazyImport>) {
  return (
    <Later>
      <LazyImport {...props} />
    </Later>
  );
}

export function SnapshotsDialog(props: ComponentProps<typeof LazySnapshots>) {
  return (
    <Later>
      <LazySnapshots {...props} />
    </Later>
  );
}
