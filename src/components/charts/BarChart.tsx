import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export interface BarChartProps {
  /** What the chart shows, read out to screen readers (the page keeps a table of the numbers). */
  label: string;
  labels: string[];
  datasets: { label: string; data: number[]; color: string }[];
  /** Upper end of the value axis (e.g. 100 for percentages); open when absent. */
  max?: number;
  valueTitle: string;
  horizontal?: boolean;
  testId?: string;
}

/** A plain bar chart for the dashboards. */
export default function BarChart({ label, labels, datasets, max, valueTitle, horizontal = false, testId }: BarChartProps) {
  const value = { beginAtZero: true, ...(max !== undefined ? { max } : {}), ticks: { precision: 0 }, title: { display: true, text: valueTitle } };
  return (
    <div className="chart-box" data-testid={testId}>
      <Bar
        aria-label={label}
        role="img"
        data={{ labels, datasets: datasets.map((d) => ({ label: d.label, data: d.data, backgroundColor: d.color, borderRadius: 4, maxBarThickness: 28 })) }}
        options={{
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: horizontal ? { x: value } : { y: value },
          plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
        }}
      />
    </div>
  );
}
