import { catalogs } from '../../../src/i18n/catalogs';
import { en } from '../../../src/i18n/en';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(catalogs))('the %s catalog', (_locale, messages) => {
  it('has exactly the keys of en', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty or blank message', () => {
    const blank = Object.entries(messages).filter(([, message]) => message.trim() === '');
    expect(blank).toEqual([]);
  });

  it('uses the same placeholders as en in every message', () => {
    const mismatched = Object.entries(en)
      .filter(
        ([key, message]) => placeholders(messages[key as keyof typeof en]).join() !== placeholders(message).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('names Stripe only in the Stripe page’s own messages, so a flow of another provider never says Stripe', () => {
    const elsewhere = Object.entries(messages)
      .filter(([key, message]) => /Stripe/.test(message) && !key.startsWith('stripe.'))
      .map(([key]) => key);
    expect(elsewhere).toEqual([]);
  });
});
