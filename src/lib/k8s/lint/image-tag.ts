/**
 * kube-linter style `latest-tag`: an image without a tag, or tagged `latest`, changes under the
 * same manifest; pin a version (or a digest).
 */
import type { Rule } from '../rules/rule';

/** The tag of an image reference, '' when it has none, undefined when pinned by digest. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon < 0 ? '' : image.slice(colon + 1);
}

/** The image-tag lint. */
export const imageTagLint: Rule = {
  id: 'image-tag',
  severity: 'warning',
  types: ['v1.Container'],
  check(context) {
    const image = context.value.image;
    if (typeof image !== 'string' || image === '') return;
    const tag = imageTag(image);
    if (tag === '' || tag === 'latest') {
      context.report({
        at: ['image'],
        target: 'value',
        messageId: tag === '' ? 'image-tag.none' : 'image-tag.latest',
        hintId: 'image-tag.hint',
        data: { image },
      });
    }
  },
};
