import { type ArgumentMetadata } from '@nestjs/common';
import { ListUppdragQuery } from '../uppdrag/list-uppdrag/list-uppdrag.dto';
import { ProblemError } from './problem';
import { RequestValidationPipe } from './validation';

const query: ArgumentMetadata = { type: 'query', metatype: ListUppdragQuery };

/** The problem a refused input gets, or undefined when it passes. */
async function refusal(pipe: RequestValidationPipe, value: object): Promise<unknown> {
  try {
    await pipe.transform(value, query);
    return undefined;
  } catch (error) {
    return error instanceof ProblemError ? error.problem : error;
  }
}

describe('the validation of query strings, kept per input', () => {
  it('answers a repeated query string as the first time, each request with its own copy', async () => {
    const pipe = new RequestValidationPipe();
    const first = (await pipe.transform({ organ: 'hsn', limit: '500' }, query)) as ListUppdragQuery;
    expect(first).toBeInstanceOf(ListUppdragQuery);
    expect(first).toEqual(Object.assign(new ListUppdragQuery(), { organ: 'hsn', limit: 500 }));
    // A handler that changes what it was given changes nothing for the next request.
    first.limit = 1;
    const again = (await pipe.transform({ organ: 'hsn', limit: '500' }, query)) as ListUppdragQuery;
    expect(again).toBeInstanceOf(ListUppdragQuery);
    expect(again.limit).toBe(500);
    expect(again).not.toBe(first);
  });

  it('refuses a bad query string every time it comes, also after a good one', async () => {
    const pipe = new RequestValidationPipe();
    await pipe.transform({ organ: 'hsn' }, query);
    const bad = { organ: 'hsn', limit: '0' };
    const first = await refusal(pipe, bad);
    expect(first).toMatchObject({ status: 400, errors: [{ field: 'limit' }] });
    expect(await refusal(pipe, bad)).toEqual(first);
    expect(await refusal(pipe, { organ: 'hsn', okänd: 'x' })).toMatchObject({
      errors: [{ field: 'okänd', reason: 'okänt fält' }],
    });
  });

  it('keeps a bounded number of query strings: one seen long ago is validated again, as before', async () => {
    const pipe = new RequestValidationPipe();
    for (let offset = 0; offset < 1_200; offset++) {
      const dto = (await pipe.transform({ offset: String(offset) }, query)) as ListUppdragQuery;
      expect(dto.offset).toBe(offset);
    }
    expect(((await pipe.transform({ offset: '0' }, query)) as ListUppdragQuery).offset).toBe(0);
  });
});
