/** Every semantic rule and lint the validator runs, one rule per file. */
import { containerResourcesLint } from '../lint/container-resources';
import { imageTagLint } from '../lint/image-tag';
import { autoscaling } from './autoscaling';
import { containers } from './containers';
import { counts } from './counts';
import { cronSchedule } from './cron-schedule';
import { crdNames } from './crd';
import { disruptionBudget } from './disruption-budget';
import { ingress } from './ingress';
import { networkPolicy } from './network-policy';
import { env } from './env';
import { ephemeralContainers } from './ephemeral-containers';
import { labels, labelSelector } from './labels';
import { limitRange } from './limit-range';
import { objectName } from './object-name';
import { containerPorts, handlerPorts } from './ports';
import { probes } from './probes';
import { resourceRequirements } from './resources';
import { restartPolicy } from './restart-policy';
import { rollingUpdate } from './rolling-update';
import type { Rule } from './rule';
import { configMap, secret } from './secret';
import { securityContext } from './security-context';
import { selectorMatch } from './selector-match';
import { service } from './service';
import { storage } from './storage';
import { tolerations } from './tolerations';
import { volumes } from './volumes';

/** All rules, in the order they run. */
export const ALL_RULES: readonly Rule[] = [
  objectName,
  labels,
  labelSelector,
  selectorMatch,
  containers,
  ephemeralContainers,
  containerPorts,
  handlerPorts,
  probes,
  rollingUpdate,
  counts,
  cronSchedule,
  autoscaling,
  disruptionBudget,
  securityContext,
  ingress,
  networkPolicy,
  storage,
  service,
  volumes,
  env,
  resourceRequirements,
  restartPolicy,
  secret,
  configMap,
  limitRange,
  crdNames,
  tolerations,
  imageTagLint,
  containerResourcesLint,
];
