/**
 * Ingress paths and backends (networking validateHTTPIngressRuleValue, validateIngressBackend):
 * an Exact or Prefix path is an absolute path (starts with `/`); a service backend names its port
 * by number or by name, not both and not neither; a backend is a service or a resource, not both.
 */
import { asObject, type Rule } from './rule';

export const ingress: Rule = {
  id: 'ingress',
  types: ['networking.k8s.io/v1.HTTPIngressPath', 'networking.k8s.io/v1.IngressBackend'],
  check(context) {
    if (context.type === 'networking.k8s.io/v1.HTTPIngressPath') {
      const { path, pathType } = context.value;
      if (
        (pathType === 'Exact' || pathType === 'Prefix') &&
        typeof path === 'string' &&
        !path.startsWith('/')
      ) {
        context.report({
          at: ['path'],
          target: 'value',
          messageId: 'ingress.path-absolute',
          hintId: 'ingress.path-absolute.hint',
          data: { path, pathType },
        });
      }
      return;
    }
    const service = asObject(context.value.service);
    if (service && context.value.resource != null) {
      context.report({
        at: ['resource'],
        target: 'key',
        messageId: 'ingress.backend-both',
      });
    }
    const port = asObject(service?.port);
    if (!service || !port) return;
    const hasName = typeof port.name === 'string' && port.name !== '';
    const hasNumber = typeof port.number === 'number';
    if (hasName === hasNumber) {
      context.report({
        at: ['service', 'port'],
        target: 'key',
        messageId: hasName ? 'ingress.port-both' : 'ingress.port-none',
        hintId: 'ingress.port.hint',
      });
    }
  },
};
