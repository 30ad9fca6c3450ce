/**
 * LimitRange items (core validation ValidateLimitRange): each item needs a type, and per
 * resource min <= defaultRequest <= default <= max.
 */
import { checkQualifiedName, quantityValue } from '../formats';
import { asObject, type Rule } from './rule';

/** The limit-range rule. */
export const limitRange: Rule = {
  id: 'limit-range',
  types: ['v1.LimitRangeItem'],
  check(context) {
    const { value, fragment } = context;
    const type = value.type;
    if ((type === undefined || type === null || type === '') && !fragment) {
      context.report({
        messageId: 'limit-range.type-required',
        hintId: 'limit-range.type-required.hint',
      });
    } else if (typeof type === 'string' && type !== '') {
      const problem = checkQualifiedName(type);
      if (problem) {
        context.report({
          at: ['type'],
          target: 'value',
          messageId: 'limit-range.type',
          data: { problem },
        });
      }
    }
    const order = ['min', 'defaultRequest', 'default', 'max'] as const;
    const maps = order.map((field) => asObject(value[field]) ?? {});
    const names = new Set(maps.flatMap((map) => Object.keys(map)));
    for (const name of names) {
      for (let i = 0; i < order.length; i++) {
        for (let j = i + 1; j < order.length; j++) {
          const low = quantityValue(maps[i]![name]);
          const high = quantityValue(maps[j]![name]);
          if (low !== undefined && high !== undefined && low > high) {
            context.report({
              at: [order[i]!, name],
              target: 'value',
              messageId: 'limit-range.order',
              data: { low: order[i]!, high: order[j]!, resource: name },
            });
          }
        }
      }
    }
  },
};
