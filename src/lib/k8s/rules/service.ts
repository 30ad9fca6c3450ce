/**
 * Service spec (core validation ValidateService): ports are required unless the Service is
 * headless or ExternalName; with several ports each needs a unique DNS-1123 label name; port
 * and targetPort ranges; nodePort only for NodePort/LoadBalancer and normally in 30000-32767;
 * session affinity config; externalTrafficPolicy only for externally reachable Services.
 */
import { checkDns1123Label, checkPortNumber } from '../formats';
import { checkLabelMap } from './labels';
import { checkNumberOrName } from './ports';
import { asObject, type Rule } from './rule';

/** The service rule. */
export const service: Rule = {
  id: 'service',
  types: ['v1.ServiceSpec'],
  check(context) {
    const { value, fragment } = context;
    const type = typeof value.type === 'string' ? value.type : 'ClusterIP';
    const headless = value.clusterIP === 'None';
    const ports = Array.isArray(value.ports) ? value.ports : [];
    checkLabelMap(context, ['selector']);
    if (type === 'ExternalName') {
      if (typeof value.externalName !== 'string' || value.externalName === '') {
        context.report({
          at: value.type !== undefined ? ['type'] : [],
          target: 'key',
          messageId: 'service.external-name',
        });
      }
    } else if (ports.length === 0 && !headless && !fragment) {
      context.report({
        at: value.ports !== undefined ? ['ports'] : [],
        target: 'key',
        messageId: 'service.ports-required',
        hintId: 'service.ports-required.hint',
      });
    }
    const names = new Set<string>();
    const seen = new Set<string>();
    ports.forEach((raw, i) => {
      const port = asObject(raw);
      if (!port) return;
      const at = ['ports', i];
      if (ports.length > 1 && (typeof port.name !== 'string' || port.name === '')) {
        context.report({
          rule: 'port-name',
          at,
          messageId: 'port-name.service-required',
          hintId: 'port-name.service-required.hint',
        });
      } else if (typeof port.name === 'string' && port.name !== '') {
        const problem = checkDns1123Label(port.name);
        if (problem) {
          context.report({
            rule: 'port-name',
            at: [...at, 'name'],
            target: 'value',
            messageId: 'port-name.invalid',
            data: { name: port.name, problem },
          });
        } else if (names.has(port.name)) {
          context.report({
            rule: 'port-name',
            at: [...at, 'name'],
            target: 'value',
            messageId: 'port-name.duplicate',
            data: { name: port.name },
          });
        }
        names.add(port.name);
      }
      if (typeof port.port === 'number') {
        const problem = checkPortNumber(port.port);
        if (problem) {
          context.report({
            rule: 'port-range',
            at: [...at, 'port'],
            target: 'value',
            messageId: 'port-range.number',
            data: { field: 'port', problem },
          });
        }
        const key = `${port.port}/${typeof port.protocol === 'string' ? port.protocol : 'TCP'}`;
        if (seen.has(key)) {
          context.report({
            at: [...at, 'port'],
            target: 'value',
            messageId: 'service.duplicate-port',
            data: { port: key },
          });
        }
        seen.add(key);
      }
      if (port.targetPort !== undefined && port.targetPort !== null) {
        checkNumberOrName(context, [...at, 'targetPort'], port.targetPort);
      }
      const nodePort = port.nodePort;
      if (typeof nodePort === 'number' && nodePort !== 0) {
        if (type !== 'NodePort' && type !== 'LoadBalancer') {
          context.report({
            at: [...at, 'nodePort'],
            target: 'key',
            messageId: 'service.node-port-type',
            hintId: 'service.node-port-type.hint',
            data: { type },
          });
        } else if (checkPortNumber(nodePort)) {
          context.report({
            rule: 'port-range',
            at: [...at, 'nodePort'],
            target: 'value',
            messageId: 'port-range.number',
            data: { field: 'nodePort', problem: checkPortNumber(nodePort)! },
          });
        } else if (nodePort < 30000 || nodePort > 32767) {
          context.report({
            rule: 'node-port',
            severity: 'warning',
            at: [...at, 'nodePort'],
            target: 'value',
            messageId: 'node-port.range',
            data: { port: nodePort },
          });
        }
      }
    });
    const affinity = value.sessionAffinity;
    const config = asObject(value.sessionAffinityConfig);
    if (affinity === 'ClientIP') {
      const timeout = asObject(config?.clientIP)?.timeoutSeconds;
      if (typeof timeout === 'number' && (timeout <= 0 || timeout > 86400)) {
        context.report({
          at: ['sessionAffinityConfig', 'clientIP', 'timeoutSeconds'],
          target: 'value',
          messageId: 'service.affinity-timeout',
        });
      }
    } else if (config) {
      context.report({
        at: ['sessionAffinityConfig'],
        target: 'key',
        messageId: 'service.affinity-config',
        hintId: 'service.affinity-config.hint',
        data: { affinity: typeof affinity === 'string' ? affinity : 'None' },
      });
    }
    const externalIPs = Array.isArray(value.externalIPs) && value.externalIPs.length > 0;
    const external = type === 'NodePort' || type === 'LoadBalancer' || externalIPs;
    if (!external && value.externalTrafficPolicy !== undefined && !fragment) {
      context.report({
        at: ['externalTrafficPolicy'],
        target: 'key',
        messageId: 'service.external-traffic-policy',
      });
    }
  },
};
