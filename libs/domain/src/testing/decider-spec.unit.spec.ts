import { type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { DeciderSpecFailure, deciderSpec } from './decider-spec';

type Counted = { type: 'Counted'; data: { by: number; note?: string } };
type Count = { type: 'Count'; data: { by: number; leaveUndefined?: boolean } };

// A toy decider that does the wrong things on request, to show the helper catches them.
const counter: Decider<Count, Counted, { total: number; log: number[] }> = {
  initialState: () => ({ total: 0, log: [] }),
  evolve: (state, event) => ({ total: state.total + event.data.by, log: [...state.log, event.data.by] }),
  decide: (command, state) => {
    if (command.data.by === 0) throw new DomainError('INVALID_NUMBER', 'Noll räknas inte.', 'data.by');
    if (command.data.by < 0) state.log.push(command.data.by); // mutates its input
    const data = command.data.leaveUndefined
      ? { by: command.data.by, note: undefined }
      : { by: command.data.by };
    return [{ type: 'Counted', data }];
  },
};

const given = deciderSpec(counter);
const count = (by: number, leaveUndefined = false): Count => ({
  type: 'Count',
  data: { by, leaveUndefined },
});

describe('the given/when/then helper', () => {
  it('passes when the events match', () => {
    given([])
      .when(count(2))
      .then([{ type: 'Counted', data: { by: 2 } }]);
  });

  it('fails when the events differ', () => {
    expect(() =>
      given([])
        .when(count(2))
        .then([{ type: 'Counted', data: { by: 3 } }]),
    ).toThrow(DeciderSpecFailure);
  });

  it('fails when an event carries undefined, which JSON would drop', () => {
    expect(() =>
      given([])
        .when(count(2, true))
        .then([{ type: 'Counted', data: { by: 2, note: undefined } }]),
    ).toThrow(/JSON/);
  });

  it('fails when the decider mutates its input', () => {
    expect(() =>
      given([{ type: 'Counted', data: { by: 1 } }])
        .when(count(-1))
        .then([]),
    ).toThrow(TypeError);
  });

  it('checks the code and field of a refusal, and fails when nothing was refused', () => {
    given([]).when(count(0)).thenThrows('INVALID_NUMBER', { field: 'data.by', message: 'Noll' });
    expect(() => given([]).when(count(0)).thenThrows('INVALID_VALUE')).toThrow(
      /expected INVALID_VALUE, got INVALID_NUMBER/,
    );
    expect(() => given([]).when(count(0)).thenThrows('INVALID_NUMBER', { field: 'data.other' })).toThrow(
      DeciderSpecFailure,
    );
    expect(() => given([]).when(count(1)).thenThrows('INVALID_NUMBER')).toThrow(/was accepted/);
  });
});
