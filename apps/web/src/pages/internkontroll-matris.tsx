/**
 * The usual 4×4 riskmatris as a real table: sannolikhet down the side (4 at the top), konsekvens across,
 * each cell with its risk value and level in words, how many risks lie there and their names. The
 * colour repeats the level; it never says it alone (WCAG 1.4.1).
 */
import { type Risk } from '../wire';
import { KONSEKVENS_LABELS, SANNOLIKHET_LABELS } from './internkontroll-forms';

export type MatrisRisk = Pick<Risk, 'riskId' | 'text' | 'sannolikhet' | 'konsekvens'>;

/** The level a risk value falls in, as plans usually grade the 4×4 matrix. */
export function riskLevel(riskvarde: number): { key: string; label: string } {
  if (riskvarde >= 12) return { key: 'mycket-hog', label: 'mycket hög' };
  if (riskvarde >= 8) return { key: 'hog', label: 'hög' };
  if (riskvarde >= 4) return { key: 'medel', label: 'medel' };
  return { key: 'lag', label: 'låg' };
}

export function Riskmatris({ matris, risks }: { matris: number[][]; risks: MatrisRisk[] }) {
  return (
    <>
      <p className="small muted">
        Risker per sannolikhet (rader) och konsekvens (kolumner); riskvärdet är sannolikhet × konsekvens.
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Riskmatris">
        <table className="riskmatris stack-table">
          <caption>Riskmatris</caption>
          <thead>
            <tr>
              <th scope="col">Sannolikhet \ Konsekvens</th>
              {KONSEKVENS_LABELS.map((label, k) => (
                <th scope="col" key={label}>
                  {k + 1} {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[4, 3, 2, 1].map((s) => (
              <tr key={s}>
                <th scope="row">
                  {s} {SANNOLIKHET_LABELS[s - 1]}
                </th>
                {[1, 2, 3, 4].map((k) => {
                  const level = riskLevel(s * k);
                  const count = matris[s - 1]?.[k - 1] ?? 0;
                  const here = risks.filter((r) => r.sannolikhet === s && r.konsekvens === k);
                  return (
                    <td
                      key={k}
                      className={`rm-cell rm-${level.key}`}
                      data-label={`Konsekvens ${k} ${KONSEKVENS_LABELS[k - 1]}`}
                    >
                      <span className="rm-value">
                        {s * k} · {level.label}
                      </span>
                      <span className="rm-count">
                        {count === 0 ? 'Inga risker' : count === 1 ? '1 risk' : `${count} risker`}
                      </span>
                      {here.length > 0 && (
                        <ul className="rm-names">
                          {here.map((r) => (
                            <li key={r.riskId}>{r.text}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
