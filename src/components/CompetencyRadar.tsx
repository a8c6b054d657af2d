import { Chart as ChartJS, Filler, Legend, LineElement, PointElement, RadialLinearScale, Tooltip } from 'chart.js';
import { Radar } from 'react-chartjs-2';

ChartJS.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** The call's five competency scores as a radar; the page keeps a table of the same numbers. */
export default function CompetencyRadar({ labels, values }: { labels: string[]; values: number[] }) {
  return (
    <div className="radar-box" data-testid="competency-radar" style={{ position: 'relative', height: '100%' }}>
      <Radar
        aria-label={`Competencies: ${labels.map((l, i) => `${l} ${values[i]}`).join(', ')}`}
        role="img"
        data={{
          labels: labels.map((l) => l.charAt(0).toUpperCase() + l.slice(1)),
          datasets: [
            {
              label: 'This call',
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
          plugins: { legend: { display: false } },
        }}
      />
    </div>
  );
}
