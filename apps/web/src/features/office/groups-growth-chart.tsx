import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

// Loaded with React.lazy by the working groups page only, so no other page downloads recharts.

/**
 * Participants (seats) and people month by month, for the eye only: aria-hidden and without
 * focus, as the table below it holds the same figures.
 */
export default function GroupsGrowthChart({
  points,
}: {
  points: { label: string; participants: number; people: number }[];
}) {
  const data = points.map((p) => ({ month: p.label, Participants: p.participants, People: p.people }));
  return (
    <div aria-hidden="true">
      <LineChart
        h={260}
        data={data}
        dataKey="month"
        series={[
          { name: 'Participants', color: 'blue.7' },
          { name: 'People', color: 'teal.8' },
        ]}
        withLegend
        withTooltip={false}
        curveType="linear"
        yAxisProps={{ allowDecimals: false }}
        lineChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
