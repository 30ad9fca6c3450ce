/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Absolute project root, set by the manifests integration for pages that read content/. */
  readonly K8S_NOTES_ROOT: string;
}
