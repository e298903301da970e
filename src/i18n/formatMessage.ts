import type { MessageKey, Messages } from './en';

export type MessageValues = Record<string, string | number>;

/** A bound formatter: `t('dataSources.deleteLabel', { name })`. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const placeholder = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders. Values are inserted as plain text (React escapes them),
 * and a placeholder without a value is left visible so a missing value is noticed.
 */
export function formatMessage(messages: Messages, key: MessageKey, values?: MessageValues): string {
  const template = messages[key];
  if (!values) return template;
  return template.replace(placeholder, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
