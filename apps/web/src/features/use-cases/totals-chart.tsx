import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

// Loaded with React.lazy by the totals page only, so no other page downloads recharts.

const COLORS = ['blue.8', 'teal.8', 'grape.8', 'orange.8', 'cyan.8', 'pink.8', 'indigo.8', 'lime.8', 'red.8'];
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
const LABEL_MAX = 24;

export type ChartBar = {
  label: string;
  shares: { useCaseId: string; title: string; total: number }[];
};

/**
 * One bar a total (a metric in a year), stacked by the use cases it sums; a use case keeps
 * its colour in every chart. Drawn for the eye only: aria-hidden and without focus, as the
 * table on the page holds the same figures.
 */
export default function TotalsChart({
  bars,
  colorOf,
}: {
  bars: ChartBar[];
  colorOf: (useCaseId: string) => number;
}) {
  const useCases = new Map<string, string>();
  for (const bar of bars) for (const s of bar.shares) useCases.set(s.useCaseId, s.title);
  const key = new Map([...useCases.keys()].map((id, i) => [id, `u${i}`]));
  const data = bars.map((bar) => ({
    bar: bar.label.length > LABEL_MAX ? `${bar.label.slice(0, LABEL_MAX - 1).trimEnd()}…` : bar.label,
    ...Object.fromEntries(bar.shares.map((s) => [key.get(s.useCaseId)!, s.total])),
  }));
  return (
    <div aria-hidden="true">
      <BarChart
        h={Math.max(200, bars.length * 44 + 120)}
        data={data}
        dataKey="bar"
        type="stacked"
        orientation="vertical"
        series={[...useCases].map(([id, title]) => ({
          name: key.get(id)!,
          label: title.length > 40 ? `${title.slice(0, 39)}…` : title,
          color: COLORS[colorOf(id) % COLORS.length],
        }))}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        withTooltip={false}
        gridAxis="none"
        valueFormatter={(v) => compact.format(v)}
        yAxisProps={{ width: 150, interval: 0 }}
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
