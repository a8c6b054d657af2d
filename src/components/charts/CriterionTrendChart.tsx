import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

const PALETTE = ['#0f4c5c', '#e36414', '#1b7f8c', '#9a031e', '#5f0f40', '#fb8b24', '#2a9d8f', '#6a4c93', '#8ab17d', '#e9c46a', '#264653', '#b5838d', '#457b9d', '#d62828'];

export interface CriterionTrendProps {
  weeks: string[];
  series: { criterion: string; values: (number | null)[] }[];
  titles: Record<string, string>;
  /** Criteria drawn at first; the others wait in the legend (click a name to show or hide it). */
  shown?: string[] | undefined;
}

/** Average share of each criterion's points, week by week; click a legend entry to show or hide a line. */
export default function CriterionTrendChart({ weeks, series, titles, shown }: CriterionTrendProps) {
  return (
    <div className="chart-box" data-testid="criterion-trend">
      <Line
        aria-label="Average share of points per negotiation criterion, by week"
        role="img"
        data={{
          labels: weeks,
          datasets: series.map((s, i) => ({
            label: titles[s.criterion] ?? s.criterion,
            data: s.values,
            borderColor: PALETTE[i % PALETTE.length],
            backgroundColor: PALETTE[i % PALETTE.length],
            borderWidth: 2,
            pointRadius: 2,
            tension: 0.25,
            spanGaps: true,
            hidden: shown !== undefined && !shown.includes(s.criterion),
          })),
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'nearest', intersect: false },
          scales: {
            y: { min: 0, max: 100, title: { display: true, text: '% of points' } },
            x: { title: { display: true, text: 'Week of' } },
          },
          plugins: { legend: { position: 'right', labels: { boxWidth: 12, font: { size: 11 } } } },
        }}
      />
    </div>
  );
}
