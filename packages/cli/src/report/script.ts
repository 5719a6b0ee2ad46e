import {createHash} from 'node:crypto'

/**
 * The report's only script: sort and filter the findings tables, close a tooltip with Escape.
 * It reads nothing from letter text as code: it only compares data attributes and hides rows.
 * Without it every table is complete and in text order.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
  var rank = {error: 2, warning: 1, info: 0};
  document.querySelectorAll('[data-filters]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-filters'));
    if (!table) return;
    box.hidden = false;
    var rule = box.querySelector('select[name="regel"]');
    var severity = box.querySelector('select[name="ernst"]');
    var status = box.querySelector('[role="status"]');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var ok = (!rule.value || row.getAttribute('data-regel') === rule.value) &&
          (!severity.value || row.getAttribute('data-ernst') === severity.value);
        row.hidden = !ok;
        if (ok) shown++;
      });
      status.textContent = shown + ' van ' + rows.length + (rows.length === 1 ? ' melding' : ' meldingen') + ' getoond';
    }
    rule.addEventListener('change', apply);
    severity.addEventListener('change', apply);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      var key = cell.getAttribute('data-sorteer');
      if (!key) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sorteer';
      button.textContent = cell.textContent;
      cell.textContent = '';
      cell.appendChild(button);
      button.addEventListener('click', function () {
        var up = cell.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
        cell.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        var value = function (row) {
          var v = row.getAttribute('data-' + key);
          return key === 'ernst' ? rank[v] : key === 'plaats' ? Number(v) : v;
        };
        rows.sort(function (a, b) {
          var x = value(a), y = value(b);
          var order = x < y ? -1 : x > y ? 1 : Number(a.getAttribute('data-plaats')) - Number(b.getAttribute('data-plaats'));
          return up ? order : -order;
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      });
    });
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key === 'Escape' && target && target.classList && target.hasAttribute('aria-describedby')) {
      target.classList.add('tip-dicht');
      target.addEventListener('blur', function () { target.classList.remove('tip-dicht'); }, {once: true});
    }
  });
})();`

/** The CSP source expression for an inline element's text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
