import { Chart as ChartJS, Filler, Legend, LineElement, PointElement, RadialLinearScale, Tooltip } from 'chart.js';
import { Radar } from 'react-chartjs-2';

ChartJS.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/**
 * Five competency scores as a radar (a call's, or a trainee's average); `compare` draws an earlier
 * set under it, such as their first calls. The page keeps a table of the same numbers.
 */
export default function CompetencyRadar({
  labels,
  values,
  label = 'This call',
  compare,
}: {
  labels: string[];
  values: number[];
  label?: string;
  compare?: { label: string; values: number[] } | undefined;
}) {
  return (
    <div className="radar-box" data-testid="competency-radar" style={{ position: 'relative', height: '100%' }}>
      <Radar
        aria-label={`Competencies: ${labels.map((l, i) => `${l} ${values[i]}`).join(', ')}`}
        role="img"
        data={{
          labels: labels.map((l) => l.charAt(0).toUpperCase() + l.slice(1)),
          datasets: [
            ...(compare
              ? [{ label: compare.label, data: compare.values, borderColor: '#e36414', backgroundColor: 'rgba(227,100,20,0.08)', pointBackgroundColor: '#e36414', borderWidth: 2, borderDash: [5, 4] }]
              : []),
            {
              label,
              data: values,
              borderColor: '#0f4c5c',
              backgroundColor: 'rgba(27,127,140,0.22)',
              pointBackgroundColor: '#0f4c5c',
              borderWidth: 2,
            },
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { r: { min: 0, max: 100, ticks: { stepSize: 25, backdropColor: 'transparent' }, pointLabels: { font: { size: 12 } } } },
          plugins: { legend: { display: compare !== undefined, position: 'bottom' } },
        }}
      />
    </div>
  );
}
