/**
 * Update strategies (apps validation ValidateRollingUpdateDeployment, ValidateDeploymentStrategy,
 * ValidateStatefulSetUpdateStrategy, ValidateRollingUpdateDaemonSet): maxSurge and
 * maxUnavailable are non-negative integers or percentages, not both 0, and rollingUpdate only
 * goes with the RollingUpdate type.
 */
import { isPercent } from '../formats';
import { asObject, type Rule, type RuleContext } from './rule';

/** 0 for `0` or `0%`, otherwise the number or percentage; undefined when unset or invalid. */
function intOrPercent(
  context: RuleContext,
  at: (string | number)[],
  value: unknown,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (value < 0) {
      context.report({
        at,
        target: 'value',
        messageId: 'rolling-update.negative',
        data: { field: String(at.at(-1)) },
      });
    }
    return value;
  }
  if (typeof value === 'string') {
    if (!isPercent(value)) {
      context.report({
        at,
        target: 'value',
        messageId: 'rolling-update.percent',
        data: { field: String(at.at(-1)), value },
      });
      return undefined;
    }
    return Number(value.slice(0, -1));
  }
  return undefined;
}

function checkRollingUpdate(context: RuleContext, strategyField: string, canSurge: boolean): void {
  const strategy = asObject(context.value[strategyField]);
  if (!strategy) return;
  const rollingUpdate = asObject(strategy.rollingUpdate);
  const type = strategy.type;
  if (rollingUpdate && typeof type === 'string' && type !== 'RollingUpdate') {
    context.report({
      at: [strategyField, 'rollingUpdate'],
      target: 'key',
      messageId: 'rolling-update.type',
      hintId: 'rolling-update.type.hint',
      data: { strategy: strategyField, type },
    });
    return;
  }
  if (!rollingUpdate) return;
  const at = [strategyField, 'rollingUpdate'];
  const maxUnavailable = rollingUpdate.maxUnavailable;
  const unavailable = intOrPercent(context, [...at, 'maxUnavailable'], maxUnavailable);
  if (
    typeof rollingUpdate.maxUnavailable === 'string' &&
    unavailable !== undefined &&
    unavailable > 100
  ) {
    context.report({
      at: [...at, 'maxUnavailable'],
      target: 'value',
      messageId: 'rolling-update.over-100',
    });
  }
  if (!canSurge) return;
  const surge = intOrPercent(context, [...at, 'maxSurge'], rollingUpdate.maxSurge);
  if (surge === 0 && unavailable === 0) {
    context.report({
      at: [...at, 'maxUnavailable'],
      target: 'value',
      messageId: 'rolling-update.both-zero',
      hintId: 'rolling-update.both-zero.hint',
    });
  }
}

/** The rolling-update rule. */
export const rollingUpdate: Rule = {
  id: 'rolling-update',
  types: ['apps/v1.DeploymentSpec', 'apps/v1.StatefulSetSpec', 'apps/v1.DaemonSetSpec'],
  check(context) {
    if (context.type === 'apps/v1.DeploymentSpec') {
      checkRollingUpdate(context, 'strategy', true);
    } else if (context.type === 'apps/v1.StatefulSetSpec') {
      checkRollingUpdate(context, 'updateStrategy', false);
    } else {
      checkRollingUpdate(context, 'updateStrategy', true);
    }
  },
};
