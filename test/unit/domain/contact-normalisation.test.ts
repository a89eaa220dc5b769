import { addressNormalisation } from '../../../src/domain/address-normalisation';
import { emailNormalisation } from '../../../src/domain/email-normalisation';
import { phoneNormalisation } from '../../../src/domain/phone-normalisation';
import { postcodeNormalisation } from '../../../src/domain/postcode-normalisation';

describe('email, phone, postcode and address normalisation', () => {
  it.each([
    [' Ann@ONeil.Example ', 'ann@oneil.example'],
    ['mailto:ann+invoices@oneil.example', 'ann@oneil.example'],
    ['A.N.N@googlemail.com', 'ann@gmail.com'],
    ['not-an-email', null],
    ['ann@localhost', null],
    ['ann @x.com', null],
    ['', null],
  ])('email %j → %j', (raw, expected) => {
    expect(emailNormalisation(raw)).toBe(expected);
  });

  it('phones with and without country code share keys; 7-digit numbers match on local7', () => {
    const a = phoneNormalisation('+1 (415) 555-0100');
    const b = phoneNormalisation('415.555.0100 ext. 12');
    const c = phoneNormalisation('555 0100');
    expect(a).toEqual({ digits: '4155550100', national: '4155550100', local7: '5550100' });
    expect(b?.national).toBe('4155550100');
    expect(c).toEqual({ digits: '5550100', national: null, local7: '5550100' });
    expect(phoneNormalisation('0044 20 7946 0958')?.national).toBe('2079460958');
    expect(phoneNormalisation('12345')).toBeNull();
  });

  it('postcodes: case, spaces, ZIP+4', () => {
    expect(postcodeNormalisation('94110-1234')).toBe('94110');
    expect(postcodeNormalisation(' sw1a 1aa ')).toBe('SW1A1AA');
    expect(postcodeNormalisation('')).toBeNull();
  });

  it.each([
    ['1312 S. Racine Ave.', '1312 racine'],
    ['1312 South Racine Avenue, Suite 2', '1312 racine'],
    ['124 E 113th St', '124 113'],
    ['124 E. 113 St.', '124 113'],
    ['8938-40 S. Cottage Grove', '8938 cottage'],
    ['PO Box 12', null],
  ])('address %j → %j', (raw, expected) => {
    expect(addressNormalisation(raw)).toBe(expected);
  });
});
