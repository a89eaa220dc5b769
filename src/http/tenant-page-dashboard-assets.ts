/**
 * The dashboard parts' stylesheet and script (history, banners, notices, schedule fields,
 * locale formatting), served beside tenant-page.css/js by the worker itself.
 */

export const TENANT_PAGE_DASHBOARD_CSS = `
main { display: block; }
.banner { border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; border: 2px solid; }
.banner h2 { margin: 0 0 .4rem; font-size: 1.1rem; }
.banner p { margin: 0 0 .6rem; }
.banner-danger { background: var(--err-bg); border-color: var(--danger); }
.banner-info { background: var(--info-bg); border-color: var(--focus); }
.notice-list { list-style: none; padding: 0; margin: 0; }
.notice-item { display: flex; gap: 1rem; justify-content: space-between; align-items: flex-start; border-top: 1px solid var(--line); padding: .6rem 0; }
.notice-item:first-child { border-top: 0; }
.notice-item p { margin: 0 0 .25rem; }
.notice-title { color: var(--muted); }
.notice-title strong { color: var(--ink); }
.table-scroll { overflow-x: auto; }
table.history { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.history th, table.history td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.history td:nth-child(4), table.history td:nth-child(5) { text-align: right; }
tr.history-incomplete td { background: var(--err-bg); }
.checkbox { display: flex; align-items: center; gap: .4rem; }
.checkbox label { display: inline; font-weight: 400; margin: 0; }
.day-list { display: flex; flex-wrap: wrap; gap: .3rem 1rem; margin-bottom: .5rem; }
fieldset.days { border: 0; padding: 0; margin: 0 0 1.1rem; }
fieldset.days legend { padding: 0; margin-bottom: .25rem; }
input[type=time] { padding: .45rem .6rem; border: 1px solid #8c959f; border-radius: 6px; font: inherit; background: #fff; }
.checkbox input[type=checkbox] { width: 1.1rem; height: 1.1rem; margin: 0; }
details.advanced { margin: .25rem 0 .75rem; }
details.advanced summary { cursor: pointer; color: var(--brand-dark); font-weight: 600; margin-bottom: .5rem; }
summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (max-width: 30rem) {
  main { padding: 1rem .5rem 2rem; }
  .card { padding: 1rem; }
  .notice-item { flex-direction: column; gap: .4rem; }
}
`;

export const TENANT_PAGE_DASHBOARD_JS = `
(function () {
  'use strict';
  // Dates and times in the browser's locale (the server wrote them in words, in the tenant's zone).
  document.querySelectorAll('time[datetime]').forEach(function (el) {
    var iso = el.getAttribute('datetime');
    var style = el.getAttribute('data-style') || 'datetime';
    var tz = el.getAttribute('data-tz') || undefined;
    try {
      if (style === 'date') {
        var parts = iso.split('-').map(Number);
        el.textContent = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
        return;
      }
      var at = new Date(iso);
      var dayOf = function (d) { return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d); };
      var opts = style === 'time' ? { hour: '2-digit', minute: '2-digit', timeZone: tz, timeZoneName: 'short' } : { dateStyle: 'medium', timeStyle: 'short', timeZone: tz };
      // a time of another day than today (in the tenant's zone) says its date too
      if (style === 'time' && dayOf(at) !== dayOf(new Date())) { opts.month = 'short'; opts.day = 'numeric'; }
      var text = new Intl.DateTimeFormat(undefined, opts).format(at);
      if (style !== 'time' && tz) {
        var zone = new Intl.DateTimeFormat(undefined, { timeZone: tz, timeZoneName: 'short' }).formatToParts(at).find(function (p) { return p.type === 'timeZoneName'; });
        if (zone) text += ' ' + zone.value;
      }
      el.textContent = text;
    } catch (e) { /* an unknown zone or locale: the server's words stay */ }
  });
  // Amounts in the browser's locale: <data value="1234.5" data-currency="USD">.
  document.querySelectorAll('data[data-currency]').forEach(function (el) {
    var value = Number(el.getAttribute('value'));
    if (!isFinite(value)) return;
    try {
      el.textContent = new Intl.NumberFormat(undefined, { style: 'currency', currency: el.getAttribute('data-currency') }).format(value);
    } catch (e) { /* an unknown currency: the server's words stay */ }
  });
  // A tenant that never saved a time zone: propose the browser's (saved only on Submit).
  var zone = document.querySelector('select[data-propose-zone]');
  if (zone) {
    var mine = '';
    try { mine = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { mine = ''; }
    var known = Array.prototype.some.call(zone.options, function (o) { return o.value === mine; });
    if (mine && known && zone.value !== mine) {
      zone.value = mine;
      var hint = document.getElementById('timeZone-hint');
      if (hint) hint.textContent = 'Proposed from your browser: ' + mine.replace(/_/g, ' ') + '. Click Submit to save it.';
    }
  }
})();
`;
