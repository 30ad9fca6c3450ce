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
          message: 'externalName is required when type is ExternalName',
        });
      }
    } else if (ports.length === 0 && !headless && !fragment) {
      context.report({
        at: value.ports !== undefined ? ['ports'] : [],
        target: 'key',
        message: 'ports are required (only headless and ExternalName Services may omit them)',
        hint: 'Add `ports:` with at least one `port:`.',
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
          message: 'name is required when a Service has more than one port',
          hint: 'Name every port, e.g. `name: http`.',
        });
      } else if (typeof port.name === 'string' && port.name !== '') {
        const problem = checkDns1123Label(port.name);
        if (problem) {
          context.report({
            rule: 'port-name',
            at: [...at, 'name'],
            target: 'value',
            message: `invalid port name ${JSON.stringify(port.name)}: ${problem}`,
          });
        } else if (names.has(port.name)) {
          context.report({
            rule: 'port-name',
            at: [...at, 'name'],
            target: 'value',
            message: `duplicate port name ${JSON.stringify(port.name)}`,
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
            message: `port ${problem}`,
          });
        }
        const key = `${port.port}/${typeof port.protocol === 'string' ? port.protocol : 'TCP'}`;
        if (seen.has(key)) {
          context.report({
            at: [...at, 'port'],
            target: 'value',
            message: `duplicate port ${key}`,
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
            message: `nodePort may not be used when type is ${JSON.stringify(type)}`,
            hint: 'Set `type: NodePort` (or LoadBalancer), or remove nodePort.',
          });
        } else if (checkPortNumber(nodePort)) {
          context.report({
            rule: 'port-range',
            at: [...at, 'nodePort'],
            target: 'value',
            message: `nodePort ${checkPortNumber(nodePort)}`,
          });
        } else if (nodePort < 30000 || nodePort > 32767) {
          context.report({
            rule: 'node-port',
            severity: 'warning',
            at: [...at, 'nodePort'],
            target: 'value',
            message:
              `nodePort ${nodePort} is outside the default NodePort range 30000-32767 ` +
              '(accepted only if the cluster sets --service-node-port-range)',
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
          message: 'timeoutSeconds must be greater than 0 and at most 86400 (1 day)',
        });
      }
    } else if (config) {
      context.report({
        at: ['sessionAffinityConfig'],
        target: 'key',
        message: `sessionAffinityConfig must not be set when sessionAffinity is ${
          typeof affinity === 'string' ? affinity : 'None'
        }`,
        hint: 'Set `sessionAffinity: ClientIP`, or remove sessionAffinityConfig.',
      });
    }
    const externalIPs = Array.isArray(value.externalIPs) && value.externalIPs.length > 0;
    const external = type === 'NodePort' || type === 'LoadBalancer' || externalIPs;
    if (!external && value.externalTrafficPolicy !== undefined && !fragment) {
      context.report({
        at: ['externalTrafficPolicy'],
        target: 'key',
        message: 'externalTrafficPolicy may only be set for externally reachable Services ' +
          '(NodePort, LoadBalancer, or with externalIPs)',
      });
    }
  },
};
