/**
 * The stylesheet and script of the page's action sections (send now, find, failures, reviews),
 * served beside the page's own (tenant-page-assets.ts); strings so `npm run build` ships them.
 */

export const TENANT_ACTIONS_CSS = `
.count { color: var(--muted); font-weight: 400; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .25rem 0 .75rem; }
.details div { display: contents; }
.details dt { color: var(--muted); }
.details dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
.candidate .details { grid-template-columns: 1fr; gap: 0; }
.candidate .details dt { font-size: .85rem; margin-top: .3rem; }
.review, .failure, .found { border-top: 1px solid var(--line); padding-top: .75rem; margin-top: .75rem; }
.review h3, .failure h3, .found h3 { margin-top: 0; }
.candidates { list-style: none; padding: 0; margin: .5rem 0; display: grid; gap: .75rem; }
.candidate { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; background: var(--bg); }
.candidate h4 { margin: 0 0 .35rem; font-size: 1rem; }
.likelihood { font-weight: 400; color: var(--muted); font-size: .9rem; white-space: nowrap; }
.evidence { margin: 0 0 .75rem; padding-left: 1.2rem; font-size: .95rem; }
.evidence li.against::marker { content: "✕ "; color: var(--danger); }
.evidence li.for::marker { content: "✓ "; color: var(--brand-dark); }
.review-create, .failure form { margin-top: .75rem; }
.run-result { background: var(--info-bg); border-left: 5px solid var(--focus); border-radius: 6px; padding: .5rem 1rem; margin: 0 0 .75rem; }
.run-result p { margin: .25rem 0; }
.find-row { display: flex; gap: .5rem; flex-wrap: wrap; }
.find-row input { flex: 1 1 12rem; max-width: 20rem; padding: .45rem .6rem; border: 1px solid #8c959f; border-radius: 6px; font: inherit; }
.state { display: inline-block; font-size: .85rem; font-weight: 600; padding: .05rem .5rem; border-radius: 1rem; background: var(--bg); border: 1px solid var(--line); }
.state-sent { background: var(--ok-bg); border-color: var(--brand); }
.state-failed { background: var(--err-bg); border-color: var(--danger); }
details summary { cursor: pointer; color: var(--brand-dark); }
button[aria-disabled=true] { opacity: .6; cursor: progress; }
@media (min-width: 44rem) { .candidates { grid-template-columns: 1fr 1fr; } }
@media (max-width: 30rem) { .card { padding: 1rem; } .details { grid-template-columns: 1fr; } .details dt { margin-top: .25rem; } button { width: 100%; } .find-row input { max-width: none; } }
`;

export const TENANT_ACTIONS_JS = `
(function () {
  'use strict';
  // One click, one action: a second click while the page is on its way does nothing (a double
  // click on "Create a new customer" would otherwise create two). The forms work without this script.
  // Back from an action: focus its notice (or the run's result), so that it is read out and Tab goes on from there.
  if (/^#[a-z-]+-(notice|result)$/.test(location.hash)) {
    var notice = document.getElementById(location.hash.slice(1));
    if (notice) notice.focus();
  }
  document.querySelectorAll('#send-now form[method=post], #failures form[method=post], #reviews form[method=post]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) return;
      if (form.getAttribute('data-sent') === '1') { event.preventDefault(); return; }
      form.setAttribute('data-sent', '1');
      var button = form.querySelector('button[type=submit]');
      if (button) button.setAttribute('aria-disabled', 'true');
    });
  });
})();
`;
