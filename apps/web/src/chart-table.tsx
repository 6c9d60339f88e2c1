/** A chart's numbers as a table, captioned with the chart's title: what a screen reader reads instead. */
import { chartTable, type MaluppfyllelseChart } from '@sparbar/domain/shared-with-web';

/** The chart's numbers as a table, captioned with the chart's title. */
export function ChartTable({ chart }: { chart: MaluppfyllelseChart }) {
  const table = chartTable(chart);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${chart.title} som tabell`}>
      <table className="chart-table">
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([name, ...counts]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {counts.map((n, i) => (
                <td key={table.columns[i + 1]} className="num">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
