/**
 * Every page's script for runnable snippets: placeholder inputs now (they are tiny), and an
 * "edit and check" button per manifest whose editor and validator load only when pressed.
 */
import './placeholders';

for (const block of document.querySelectorAll<HTMLElement>('.manifest-block')) {
  // Fragments have no download link: only whole manifests can be edited and checked.
  const download = block.querySelector<HTMLAnchorElement>('.manifest-bar a.manifest-download');
  if (!download) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'manifest-edit';
  button.textContent = '편집해서 검사하기';
  button.setAttribute('aria-expanded', 'false');
  let loading = false;
  button.addEventListener('click', async () => {
    // Not `disabled`: that would drop keyboard focus while the editor code loads.
    if (loading) return;
    loading = true;
    try {
      const { toggleEditor } = await import('./live-check');
      toggleEditor(block, button);
    } finally {
      loading = false;
    }
  });
  download.after(button);
}
