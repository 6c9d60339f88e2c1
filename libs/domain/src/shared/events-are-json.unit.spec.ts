/**
 * Every event's data must be JSON (see json.ts). The assignments below fail to compile if an event type
 * gains a field JSON cannot hold (undefined, Date, a class); the test itself checks sample events.
 */
import { type DelmalEvent } from '../delmal/delmal.events';
import { type OrganEvent } from '../organisation/organ.events';
import { type PersonEvent } from '../organisation/person.events';
import { inkopAprilReported, inkopRegistered } from '../uppdrag/uppdrag.spec-fixtures';
import { type UppdragEvent } from '../uppdrag/uppdrag.events';
import { klimatDefined, tjansteresorAdded } from '../delmal/delmal.spec-fixtures';
import { type Json } from './json';

type AllEventData = (UppdragEvent | DelmalEvent | OrganEvent | PersonEvent)['data'];
const asJson = (data: AllEventData): Json => data;

describe('events are JSON', () => {
  it.each([inkopRegistered, inkopAprilReported, klimatDefined, tjansteresorAdded])(
    '$type survives a round trip',
    (event) => {
      const data = asJson(event.data);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    },
  );
});
