import { describe, expect, it } from 'vitest';
import { allegationName, eventName, readableDate, shortName, type NamedParty } from './display-names.ts';

const putin: NamedParty = { name: 'Vladimir Putin', kind: 'Person', aliases: ['Putin', 'the Russian leader'] };
const kim: NamedParty = { name: 'Kim Jong Un', kind: 'Person', aliases: ['Kim', 'Kim Jong-un'] };
const russia: NamedParty = { name: 'Russia', kind: 'State', aliases: ['Moscow'] };
const northKorea: NamedParty = { name: 'North Korea', kind: 'State', aliases: ['DPRK', 'Pyongyang'] };
const agency: NamedParty = { name: 'Korean Central News Agency', kind: 'Organisation', aliases: ['KCNA'] };

describe('shortName', () => {
  it('should call a person by the one-word alias that is part of their name', () => {
    expect(shortName(putin)).toBe('Putin');
    expect(shortName(kim)).toBe('Kim');
    expect(shortName({ name: 'Pak Jong Chon', kind: 'Person', aliases: [] })).toBe('Pak Jong Chon');
  });

  it('should shorten a long organisation name to its acronym, and keep short names', () => {
    expect(shortName(agency)).toBe('KCNA');
    expect(shortName(northKorea)).toBe('North Korea');
  });
});

describe('readableDate', () => {
  it('should write a date to its precision', () => {
    expect(readableDate('2024-06-19', 'day')).toBe('19 Jun 2024');
    expect(readableDate('2024-06', 'month')).toBe('Jun 2024');
    expect(readableDate('2024-06-19', 'month')).toBe('Jun 2024');
    expect(readableDate('2019', 'year')).toBe('2019');
    expect(readableDate(null)).toBeNull();
  });
});

describe('eventName', () => {
  it('should name a meeting for the people in it, with its date', () => {
    const name = eventName({ type: 'meeting', date: '2024-06-19', datePrecision: 'day' }, [
      { ...putin, role: 'actor' },
      { ...kim, role: 'participant' },
    ]);
    expect(name).toBe('Putin–Kim meeting, 19 Jun 2024');
  });

  it('should say who sent a message to whom, so near-copies read apart', () => {
    const june = eventName({ type: 'message', date: '2023-06-12', datePrecision: 'day' }, [
      { ...kim, role: 'actor' },
      { ...putin, role: 'recipient' },
      { ...russia, role: 'recipient' },
    ]);
    const august = eventName({ type: 'message', date: '2023-08-15', datePrecision: 'day' }, [
      { ...putin, role: 'actor' },
      { ...kim, role: 'recipient' },
    ]);
    expect(june).toBe('Kim’s message to Putin and Russia, 12 Jun 2023');
    expect(august).toBe('Putin’s message to Kim, 15 Aug 2023');
  });

  it('should never show an internal type name, and say when the date is unknown', () => {
    const name = eventName({ type: 'military_operation', date: null }, [
      { ...russia, role: 'actor' },
      { name: 'Ukraine', kind: 'State', role: 'target' },
    ]);
    expect(name).toBe('Russia military operation against Ukraine (undated)');
    expect(name).not.toMatch(/_|:/);
  });

  it('should put people first and count the parties past the third', () => {
    const name = eventName({ type: 'support', date: '2024', datePrecision: 'year' }, [
      { ...agency, role: 'actor' },
      { ...kim, role: 'actor' },
      { ...russia, role: 'recipient' },
      { ...northKorea, role: 'recipient' },
      { ...putin, role: 'recipient' },
      { name: 'Syria', kind: 'State', role: 'recipient' },
    ]);
    expect(name).toBe('Kim–KCNA support to Putin, Russia, North Korea +1, 2024');
  });
});

describe('allegationName', () => {
  it('should name the claim and whom it targets', () => {
    expect(allegationName('arms transfer', [russia, northKorea])).toBe(
      'Arms transfer claim against Russia and North Korea',
    );
    expect(allegationName('human_rights_abuse', [])).toBe('Human rights abuse claim');
  });

  it('should name who makes the claim, so two claims of one kind against the same party differ', () => {
    const byUs = allegationName('arms transfer', [russia], [{ name: 'United States', kind: 'State' }]);
    const byKyiv = allegationName('arms transfer', [russia], [{ name: 'Ukraine', kind: 'State' }]);
    expect(byUs).toBe('Arms transfer claim by United States against Russia');
    expect(byKyiv).toBe('Arms transfer claim by Ukraine against Russia');
    expect(allegationName('fraud', [], [{ name: 'Ukraine', kind: 'State' }])).toBe('Fraud claim by Ukraine');
  });
});
