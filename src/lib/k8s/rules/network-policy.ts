/**
 * NetworkPolicy ports and peers (networking ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer,
 * ValidateIPBlock): endPort needs a numeric port and is not below it; a peer with ipBlock has no
 * pod or namespace selector; an ipBlock's cidr is a valid CIDR.
 */
import type { Rule } from './rule';

/** True for `10.0.0.0/8` or `fd00::/8`. */
export function isCidr(text: string): boolean {
  const [ip, bits, extra] = text.split('/');
  if (extra !== undefined || ip === undefined || bits === undefined) return false;
  if (!/^\d+$/.test(bits)) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
    return ip.split('.').every((part) => Number(part) <= 255) && Number(bits) <= 32;
  }
  return /^[0-9a-fA-F:]+$/.test(ip) && ip.includes(':') && Number(bits) <= 128;
}

export const networkPolicy: Rule = {
  id: 'network-policy',
  types: ['networking.k8s.io/v1.NetworkPolicyPort', 'networking.k8s.io/v1.NetworkPolicyPeer'],
  check(context) {
    if (context.type === 'networking.k8s.io/v1.NetworkPolicyPort') {
      const { port, endPort } = context.value;
      if (typeof endPort !== 'number') return;
      if (typeof port !== 'number') {
        context.report({ at: ['endPort'], target: 'key', messageId: 'network-policy.end-port' });
      } else if (endPort < port) {
        context.report({
          at: ['endPort'],
          target: 'value',
          messageId: 'network-policy.end-port-order',
          data: { port, endPort },
        });
      }
      return;
    }
    const ipBlock = context.value.ipBlock as Record<string, unknown> | undefined;
    if (!ipBlock || typeof ipBlock !== 'object') return;
    if (context.value.podSelector != null || context.value.namespaceSelector != null) {
      context.report({ at: ['ipBlock'], target: 'key', messageId: 'network-policy.peer-both' });
    }
    const cidrs = [ipBlock.cidr, ...(Array.isArray(ipBlock.except) ? ipBlock.except : [])];
    cidrs.forEach((cidr, i) => {
      if (typeof cidr === 'string' && !isCidr(cidr)) {
        context.report({
          at: i === 0 ? ['ipBlock', 'cidr'] : ['ipBlock', 'except', i - 1],
          target: 'value',
          messageId: 'network-policy.cidr',
          data: { value: cidr },
        });
      }
    });
  },
};
