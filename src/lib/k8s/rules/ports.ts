/**
 * Port numbers and names (core validation validateContainerPorts, validatePortNumOrName):
 * numbers 1-65535, names IANA_SVC_NAME (<= 15 lowercase letters, digits, '-') and unique per
 * container; a named probe or handler port must be a valid port name.
 */
import { checkPortName, checkPortNumber } from '../formats';
import { asObject, type Rule, type RuleContext } from './rule';

/** Reports an int-or-string port that is neither 1-65535 nor a valid port name. */
export function checkNumberOrName(context: RuleContext, at: (string | number)[], port: unknown) {
  if (typeof port === 'number') {
    const problem = checkPortNumber(port);
    if (problem) {
      context.report({ rule: 'port-range', at, target: 'value', message: `port ${problem}` });
    }
  } else if (typeof port === 'string') {
    const problem = checkPortName(port);
    if (problem) {
      context.report({
        rule: 'port-name',
        at,
        target: 'value',
        message:
          `port ${JSON.stringify(port)} is neither a number nor a valid port name: ` + problem,
        hint: /^\d+$/.test(port) ? `Write the number without quotes: ${port}.` : undefined,
      });
    }
  }
}

/** The container ports rule. */
export const containerPorts: Rule = {
  id: 'port-range',
  types: ['v1.Container'],
  check(context) {
    const ports = context.value.ports;
    if (!Array.isArray(ports)) return;
    const names = new Set<string>();
    ports.forEach((raw, i) => {
      const port = asObject(raw);
      if (!port) return;
      if (typeof port.containerPort === 'number') {
        const problem = checkPortNumber(port.containerPort);
        if (problem) {
          context.report({
            at: ['ports', i, 'containerPort'],
            target: 'value',
            message: `containerPort ${problem}`,
          });
        }
      }
      if (typeof port.hostPort === 'number' && port.hostPort !== 0) {
        const problem = checkPortNumber(port.hostPort);
        if (problem) {
          context.report({
            at: ['ports', i, 'hostPort'],
            target: 'value',
            message: `hostPort ${problem}`,
          });
        }
      }
      if (typeof port.name === 'string' && port.name !== '') {
        const problem = checkPortName(port.name);
        if (problem) {
          context.report({
            rule: 'port-name',
            at: ['ports', i, 'name'],
            target: 'value',
            message: `invalid port name ${JSON.stringify(port.name)}: ${problem}`,
            hint: 'Port names are at most 15 lowercase letters, digits and "-", e.g. "http".',
          });
        } else if (names.has(port.name)) {
          context.report({
            rule: 'port-name',
            at: ['ports', i, 'name'],
            target: 'value',
            message: `duplicate port name ${JSON.stringify(port.name)} in this container`,
          });
        }
        names.add(port.name);
      }
    });
  },
};

/** The handler/probe port rule (httpGet, tcpSocket, grpc). */
export const handlerPorts: Rule = {
  id: 'port-range',
  types: ['v1.HTTPGetAction', 'v1.TCPSocketAction', 'v1.GRPCAction'],
  check(context) {
    const { value, type } = context;
    if (type === 'v1.GRPCAction') {
      if (typeof value.port === 'number') checkNumberOrName(context, ['port'], value.port);
      return;
    }
    checkNumberOrName(context, ['port'], value.port);
  },
};
