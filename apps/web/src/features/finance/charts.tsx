// Result charts (recharts, in their own lazy chunk). In right-to-left languages the year axis runs
// from right to left and the value axis stands on the right, like the yearly table beside them.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { directionOf, useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { labelDriver } from './driver-labels.ts';
import type { ModelResult, MonteCarloResult, SensitivityResult } from './finance.api.ts';
import { useResultFormat } from './use-result-format.ts';

const COLORS = {
  bar: 'var(--mantine-color-cyan-6)',
  negative: 'var(--mantine-color-red-6)',
  line: 'var(--mantine-color-indigo-7)',
  low: 'var(--mantine-color-orange-6)',
  high: 'var(--mantine-color-teal-6)',
  grid: 'var(--mantine-color-gray-3)',
};
const HEIGHT = 300;

function useIsRtl(): boolean {
  const { locale } = useLocale();
  return directionOf(locale) === 'rtl';
}

/**
 * Tick text of a value axis. SVG text follows the page direction, so in RTL recharts' "start"
 * anchor of a right-hand axis would run the labels leftwards over the plot; "end" keeps them in
 * the axis area on both sides.
 */
function valueTick(fontSize = 11) {
  return { fontSize, textAnchor: 'end' as const };
}

/** The money axis of the cash-flow and NPV charts: on the reading side, compact amounts. */
function moneyAxis(isRtl: boolean, format: (value: number) => string) {
  return {
    orientation: isRtl ? ('right' as const) : ('left' as const),
    tickFormatter: format,
    tick: valueTick(),
    width: 64,
  };
}

/** Project cash flow by year (bars) and its running total (line). */
export function CashFlowChart({ result }: { result: ModelResult }) {
  const t = useT();
  const f = useResultFormat(result.currency);
  const isRtl = useIsRtl();
  const data = result.years.map((row) => ({
    year: f.year(row.calendarYear),
    cashFlow: row.projectCashFlow,
    cumulative: row.cumulativeProjectCashFlow,
  }));
  return (
    <figure className="finance-chart" aria-label={t('finance.chart.cashFlow')}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, left: 16, bottom: 8 }}>
          <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="year" reversed={isRtl} tick={{ fontSize: 11 }} />
          <YAxis {...moneyAxis(isRtl, f.compact)} />
          <Tooltip formatter={(value) => f.money(Number(value))} />
          <Legend />
          <ReferenceLine y={0} stroke="var(--mantine-color-gray-6)" />
          <Bar dataKey="cashFlow" name={t('finance.row.projectCashFlow')} isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.year} fill={entry.cashFlow < 0 ? COLORS.negative : COLORS.bar} />
            ))}
          </Bar>
          <Line
            dataKey="cumulative"
            name={t('finance.row.cumulativeCashFlow')}
            stroke={COLORS.line}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** NPV against the discount rate; where the line crosses zero is the IRR. */
export function NpvCurveChart({ result }: { result: ModelResult }) {
  const t = useT();
  const f = useResultFormat(result.currency);
  const isRtl = useIsRtl();
  const data = result.npvCurve.map((point) => ({ rate: f.percent(point.rate), npv: point.npv }));
  return (
    <figure className="finance-chart" aria-label={t('finance.chart.npvCurve')}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 16, bottom: 8 }}>
          <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="rate" reversed={isRtl} tick={{ fontSize: 11 }} />
          <YAxis {...moneyAxis(isRtl, f.compact)} />
          <Tooltip formatter={(value) => f.money(Number(value))} />
          <ReferenceLine y={0} stroke="var(--mantine-color-gray-6)" />
          <Line
            dataKey="npv"
            name={t('finance.result.npv')}
            stroke={COLORS.line}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Tornado: NPV change when each driver goes to its low and high factor, widest swing on top. */
export function TornadoChart({
  sensitivity,
  currency,
}: {
  sensitivity: SensitivityResult;
  currency: string;
}) {
  const t = useT();
  const f = useResultFormat(currency);
  const isRtl = useIsRtl();
  const base = sensitivity.base.npv;
  const data = sensitivity.bars.map((bar) => ({
    driver: labelDriver(t, bar.driver),
    low: bar.low.npv - base,
    high: bar.high.npv - base,
    lowFactor: bar.low.factor,
    highFactor: bar.high.factor,
  }));
  const lowName = t('finance.chart.tornadoLow', {
    factor: f.percent((sensitivity.bars[0]?.low.factor ?? 0.8) - 1),
  });
  const highName = t('finance.chart.tornadoHigh', {
    factor: f.percent((sensitivity.bars[0]?.high.factor ?? 1.2) - 1),
  });
  return (
    <figure className="finance-chart" aria-label={t('finance.chart.tornado')}>
      <ResponsiveContainer width="100%" height={Math.max(160, 40 * data.length + 60)}>
        <BarChart
          data={data}
          layout="vertical"
          stackOffset="sign"
          margin={{ top: 8, right: 16, left: 16, bottom: 8 }}
        >
          <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis type="number" reversed={isRtl} tickFormatter={f.compact} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="driver"
            orientation={isRtl ? 'right' : 'left'}
            width={140}
            tick={valueTick(12)}
          />
          <Tooltip formatter={(value) => f.money(Number(value))} />
          <Legend />
          <ReferenceLine x={0} stroke="var(--mantine-color-gray-6)" />
          <Bar dataKey="low" stackId="swing" name={lowName} fill={COLORS.low} isAnimationActive={false} />
          <Bar dataKey="high" stackId="swing" name={highName} fill={COLORS.high} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

function binOf(edges: number[], value: number): number {
  for (let i = 0; i < edges.length - 1; i++) if (value < (edges[i + 1] as number)) return i;
  return Math.max(0, edges.length - 2);
}

/** Monte Carlo NPV histogram with the bins holding P10, P50 and P90 marked. */
export function HistogramChart({ monteCarlo, currency }: { monteCarlo: MonteCarloResult; currency: string }) {
  const t = useT();
  const f = useResultFormat(currency);
  const isRtl = useIsRtl();
  const { edges, counts } = monteCarlo.histogram;
  const data = counts.map((count, i) => {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    return { bin: i, mid: (from + to) / 2, count, isNegative: to <= 0 };
  });
  const marks = [
    { key: 'P10', value: monteCarlo.npv.p10 },
    { key: 'P50', value: monteCarlo.npv.p50 },
    { key: 'P90', value: monteCarlo.npv.p90 },
  ];
  return (
    <figure className="finance-chart" aria-label={t('finance.chart.histogram')}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={data} barCategoryGap={1} margin={{ top: 20, right: 16, left: 16, bottom: 8 }}>
          <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="bin"
            reversed={isRtl}
            tickFormatter={(bin: number) => f.compact(data[bin]?.mid ?? 0)}
            tick={{ fontSize: 11 }}
          />
          <YAxis orientation={isRtl ? 'right' : 'left'} tick={valueTick()} width={48} />
          <Tooltip
            labelFormatter={(bin) => f.money(data[Number(bin)]?.mid ?? 0)}
            formatter={(value) => [value, t('finance.chart.runs')]}
          />
          <Bar dataKey="count" isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.bin} fill={entry.isNegative ? COLORS.negative : COLORS.bar} />
            ))}
          </Bar>
          {marks.map((mark) => (
            <ReferenceLine
              key={mark.key}
              x={binOf(edges, mark.value)}
              stroke={COLORS.line}
              strokeDasharray="4 2"
              label={{ value: mark.key, position: 'top', fontSize: 11 }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
