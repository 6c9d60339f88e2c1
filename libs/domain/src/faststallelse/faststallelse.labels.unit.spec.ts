import { asAdoptedLabel, changedAfterAdoptionText, handlingLabel } from './faststallelse.labels';

describe('how adoptions read in reports', () => {
  it('says the handling by regionstyrelsen and fullmäktige as a protokoll would', () => {
    expect(handlingLabel('regionstyrelsen', 'received', '2023-06-13', '112')).toBe(
      'Anmäld i regionstyrelsen 2023-06-13 § 112',
    );
    expect(handlingLabel('fullmaktige', 'handled', '2023-06-20', '§ 80')).toBe(
      'Behandlad i regionfullmäktige 2023-06-20 § 80',
    );
  });

  it('marks a changed row with its reason, and says which version a file is', () => {
    expect(changedAfterAdoptionText('Fel siffra.')).toBe('ändrad efter fastställande (skäl: Fel siffra.)');
    expect(changedAfterAdoptionText(null)).toBe('ändrad efter fastställande');
    expect(asAdoptedLabel('2023-05-24', '§ 45')).toBe('Som fastställd 2023-05-24 § 45');
  });
});
