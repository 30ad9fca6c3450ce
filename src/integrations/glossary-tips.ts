/**
 * The only script of the first-mention tooltips, inlined in every page's head (about 500 bytes):
 * the tooltip itself is CSS (src/styles/glossary.css). It does what CSS cannot: Esc closes an
 * open tooltip without moving the pointer or focus (WCAG 1.4.13), and a tooltip that would run
 * past the right edge of a narrow screen is moved left to fit.
 */
export const GLOSSARY_TIPS_SCRIPT = `(()=>{
const show=(e)=>{const w=e.target.closest&&e.target.closest('.gl');if(!w)return;
w.classList.remove('gl-x');const t=w.querySelector('.gl-tip');if(!t)return;t.style.left='';
requestAnimationFrame(()=>{const r=t.getBoundingClientRect(),m=document.documentElement.clientWidth-8;
if(r.width&&r.right>m)t.style.left=-Math.min(r.right-m,r.left-8)+'px'})};
addEventListener('mouseover',show,{passive:true});addEventListener('focusin',show);
addEventListener('keydown',(e)=>{if(e.key==='Escape')for(const w of document.querySelectorAll('.gl'))w.classList.add('gl-x')})
})();`.replace(/\n/g, '');
