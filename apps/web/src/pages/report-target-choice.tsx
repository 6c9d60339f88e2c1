/**
 * "Vems rapport": the choice between a recipient's own part and the joint report, for whoever may write
 * more than one (report-target.ts says who and in which order). Rapportera and Mina uppdrag's report of
 * several periods ask it the same way; with one report to write there is nothing to choose.
 */
import { type Directory } from '../directory';
import { RadioGroup } from '../ui';
import { type UppdragView } from '../wire';
import { JOINT, type Target, targetLabel } from './report-target';

export function ReportTargetChoice({
  name,
  targets,
  target,
  uppdrag,
  directory,
  onChange,
  disabled,
}: {
  /** The radios' group name, unique on the page. */
  name: string;
  targets: readonly Target[];
  target: Target;
  uppdrag: UppdragView;
  directory: Directory;
  onChange: (target: Target) => void;
  disabled?: boolean;
}) {
  if (targets.length < 2) return null;
  // The joint report is null in the code and JOINT ("samlad") as the radio's value.
  const options = targets.map((t) => [t ?? JOINT, targetLabel(t, uppdrag, directory)] as const);
  return (
    <RadioGroup
      legend="Vems rapport"
      name={name}
      options={options}
      value={target ?? JOINT}
      onChange={(value) => onChange(value === JOINT ? null : value)}
      disabled={disabled}
    />
  );
}
