import { lazy, type ReactNode, Suspense } from 'react';
import { LoadingState } from '../../shared/ui/states.tsx';

// recharts is large: the charts load in their own chunk after the editor is on screen.
const load = () => import('./charts.tsx');
export const CashFlowChart = lazy(() => load().then((m) => ({ default: m.CashFlowChart })));
export const NpvCurveChart = lazy(() => load().then((m) => ({ default: m.NpvCurveChart })));
export const TornadoChart = lazy(() => load().then((m) => ({ default: m.TornadoChart })));
export const HistogramChart = lazy(() => load().then((m) => ({ default: m.HistogramChart })));

/** Shows a spinner while the chart library loads. */
export function ChartSlot({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}
