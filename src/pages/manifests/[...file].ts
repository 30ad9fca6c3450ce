/**
 * The downloadable manifests as real same-origin files: one `.yaml` per manifest block, one zip
 * per chapter (`manifests/<part>/<chapter>.zip`) and one zip of all (`manifests/all.zip`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { zipFiles } from '../../lib/manifests/bundle';
import { loadSiteManifests, type SiteManifest } from '../../integrations/manifests/site-manifests';

/** Path inside the zips: `<part>/<chapter>/<file>.yaml`. */
const archivePath = (manifest: SiteManifest) => `${manifest.chapter}/${manifest.fileName}`;

export const getStaticPaths = (async () => {
  const { manifests } = await loadSiteManifests(import.meta.env.K8S_NOTES_ROOT);
  const chapters = [...new Set(manifests.map((manifest) => manifest.chapter))];
  return [
    ...manifests.map((manifest) => ({
      params: { file: manifest.path.replace(/^manifests\//, '') },
      props: { type: 'yaml' as const, text: manifest.text },
    })),
    ...chapters.map((chapter) => ({
      params: { file: `${chapter}.zip` },
      props: {
        type: 'zip' as const,
        files: manifests
          .filter((manifest) => manifest.chapter === chapter)
          .map((manifest) => ({ path: archivePath(manifest), text: manifest.text })),
      },
    })),
    {
      params: { file: 'all.zip' },
      props: {
        type: 'zip' as const,
        files: manifests.map((manifest) => ({ path: archivePath(manifest), text: manifest.text })),
      },
    },
  ];
}) satisfies GetStaticPaths;

type Props =
  | { type: 'yaml'; text: string }
  | { type: 'zip'; files: Array<{ path: string; text: string }> };

export const GET: APIRoute<Props> = ({ props }) => {
  if (props.type === 'yaml') {
    return new Response(props.text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
  }
  const zip = zipFiles(props.files);
  return new Response(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, {
    headers: { 'Content-Type': 'application/zip' },
  });
};
