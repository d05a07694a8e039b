import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

// Loaded with React.lazy by the results page only, so no other page downloads recharts.

const LABEL_MAX = 26;

/** Long option labels shortened for the axis; the table beside the chart has them in full. */
function axisLabel(label: string): string {
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1).trimEnd()}…` : label;
}

/**
 * One horizontal bar an answer (its count), drawn for the eye only: it is aria-hidden and keeps
 * no focus, because the table beside it holds the same figures for everyone.
 */
export default function ResultsChart({ rows }: { rows: { label: string; count: number }[] }) {
  const data = rows.map((r) => ({ answer: axisLabel(r.label), Count: r.count }));
  return (
    <div aria-hidden="true">
      <BarChart
        h={Math.max(120, rows.length * 36 + 40)}
        data={data}
        dataKey="answer"
        orientation="vertical"
        series={[{ name: 'Count', color: 'blue.7' }]}
        withTooltip={false}
        withBarValueLabel
        gridAxis="none"
        yAxisProps={{ width: 170, interval: 0 }}
        xAxisProps={{ allowDecimals: false }}
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
