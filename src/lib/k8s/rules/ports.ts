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
      context.report({
        rule: 'port-range',
        at,
        target: 'value',
        messageId: 'port-range.number',
        data: { field: 'port', problem },
      });
    }
  } else if (typeof port === 'string') {
    const problem = checkPortName(port);
    if (problem) {
      context.report({
        rule: 'port-name',
        at,
        target: 'value',
        messageId: 'port-name.number-or-name',
        hintId: /^\d+$/.test(port) ? 'port-name.number-or-name.hint' : undefined,
        data: { port, problem },
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
            messageId: 'port-range.number',
            data: { field: 'containerPort', problem },
          });
        }
      }
      if (typeof port.hostPort === 'number' && port.hostPort !== 0) {
        const problem = checkPortNumber(port.hostPort);
        if (problem) {
          context.report({
            at: ['ports', i, 'hostPort'],
            target: 'value',
            messageId: 'port-range.number',
            data: { field: 'hostPort', problem },
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
            messageId: 'port-name.invalid',
            hintId: 'port-name.invalid.hint',
            data: { name: port.name, problem },
          });
        } else if (names.has(port.name)) {
          context.report({
            rule: 'port-name',
            at: ['ports', i, 'name'],
            target: 'value',
            messageId: 'port-name.duplicate-in-container',
            data: { name: port.name },
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
