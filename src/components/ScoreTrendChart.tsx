import {
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { TrendPoint } from '../domain/analytics/score-trend.ts';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** The cohort's weekly median score with its interquartile band. */
export default function ScoreTrendChart({ points, passMark }: { points: TrendPoint[]; passMark: number }) {
  const labels = points.map((p) => p.week);
  return (
    <div className="chart-box" data-testid="score-trend">
      <Line
        aria-label="Cohort score trend by week"
        role="img"
        data={{
          labels,
          datasets: [
            { label: 'Middle half of calls', data: points.map((p) => p.p75), borderColor: 'rgba(27,127,140,0.25)', backgroundColor: 'rgba(27,127,140,0.12)', fill: '+1', pointRadius: 0, borderWidth: 1 },
            { label: '25th percentile', data: points.map((p) => p.p25), borderColor: 'rgba(27,127,140,0.25)', pointRadius: 0, borderWidth: 1, fill: false },
            { label: 'Median score', data: points.map((p) => p.median), borderColor: '#0f4c5c', backgroundColor: '#0f4c5c', borderWidth: 3, pointRadius: 4, tension: 0.25 },
            { label: `Pass mark (${passMark})`, data: points.map(() => passMark), borderColor: '#e36414', borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            y: { min: 0, max: 100, title: { display: true, text: 'Score' } },
            x: { title: { display: true, text: 'Week of' } },
          },
          plugins: {
            legend: { position: 'bottom', labels: { filter: (item) => item.text !== '25th percentile' } },
          },
        }}
      />
    </div>
  );
}
