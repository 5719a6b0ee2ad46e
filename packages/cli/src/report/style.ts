import {NLDS_CSS} from './nlds.generated.js'
import type {Theme} from './theme.js'

/**
 * The report's own CSS on top of the NL Design System components: layout, highlights, tooltips,
 * charts and print. Colours are chosen for at least 4.5:1 contrast on their background.
 */
const OWN_CSS = `
.voorbeeld-theme{--rapport-primair:#5b3a8c;--rapport-link:var(--basis-color-action-2-color-default,#00568b);--rapport-fout:#a4001e;--rapport-waarschuwing:#7a4500;--rapport-info:#1d4f7a;--basis-heading-font-family:var(--basis-text-font-family-default);--utrecht-document-font-family:var(--basis-text-font-family-default);--utrecht-document-color:var(--basis-color-default-color-document);--utrecht-table-caption-font-size:1rem;--utrecht-table-caption-text-align:start;--utrecht-table-caption-margin-block-end:.25rem;--utrecht-table-cell-padding-block-start:6px;--utrecht-table-cell-padding-block-end:6px;--utrecht-table-cell-padding-inline-start:8px;--utrecht-table-cell-padding-inline-end:8px;--utrecht-table-margin-block-end:1.5rem}
html{-webkit-text-size-adjust:100%}
body{margin:0}
.utrecht-document{line-height:1.5}
.kop{background:var(--rapport-primair);color:#fff;padding:.75rem 1rem}
.kop-inhoud{box-sizing:border-box;width:100%;max-width:72rem;margin:0 auto;display:flex;align-items:center;justify-content:flex-start;gap:1rem;text-align:left}
.logo{max-height:3rem;max-width:12rem}
.organisatie{font-weight:700;font-size:1.25rem}
.inhoud-blok{display:block;max-width:72rem;margin:0 auto;padding:1rem}
.voet{max-width:72rem;margin:2rem auto 0;padding:1rem;border-top:1px solid #767676}
.utrecht-heading-1,.utrecht-heading-2{color:var(--rapport-primair)}
.utrecht-heading-2{margin-top:2.5rem;overflow-wrap:anywhere}
.utrecht-heading-3{margin-top:1.75rem}
.utrecht-link{color:var(--rapport-link)}
a:focus-visible,[tabindex]:focus-visible,button:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.utrecht-skip-link{position:absolute;left:-999rem}
.utrecht-skip-link:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem;z-index:10}
.tabel-rol{overflow-x:auto;max-width:100%}
.utrecht-table__cell,.utrecht-table__header-cell{vertical-align:top;text-align:start}
.utrecht-table .utrecht-table__cell--numeric,.utrecht-table .utrecht-table__header-cell--numeric{text-align:end;font-variant-numeric:tabular-nums}
.cijfers{max-width:36rem}
.grafiek-blok{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
.grafiek{width:100%;max-width:30rem;height:auto;flex:0 1 30rem}
.grafiek text{font-size:15px;font-family:inherit;fill:#1b1b1b}
.grafiek .balk{fill:var(--rapport-primair)}
.grafiek .as{stroke:#1b1b1b}
.gegevens{flex:0 1 16rem;width:auto}
.zinnen{display:block;max-width:100%;border-bottom:1px solid #1b1b1b}
.zinnen .zin{fill:#4f6f8f}
.zinnen .zin-lang{fill:var(--rapport-fout)}
.zinnen .grens{stroke:#1b1b1b;stroke-dasharray:4 3;stroke-width:1}
.toelichting,.grijs{color:#4a4a4a}
.brieftekst{position:relative;white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #b5b5b5;border-radius:4px;padding:1rem;background:#fff;font-family:Georgia,serif;line-height:1.7;max-width:48rem}
.vondst{color:#1b1b1b;border-bottom:2px solid;cursor:help;padding:0 1px}
.vondst--error{background:#ffdfe3;border-color:var(--rapport-fout)}
.vondst--warning{background:#fff0b3;border-color:var(--rapport-waarschuwing)}
.vondst--info{background:#e1eefa;border-color:var(--rapport-info)}
.vondst-punt{display:inline-block;font:600 .75rem/1.2 system-ui,sans-serif;padding:.1rem .3rem;margin:0 .2rem;border-radius:3px;border:1px solid;cursor:help;white-space:nowrap;vertical-align:baseline;background:#fff}
.vondst-punt.vondst--error{color:var(--rapport-fout)}
.vondst-punt.vondst--warning{color:var(--rapport-waarschuwing)}
.vondst-punt.vondst--info{color:var(--rapport-info)}
.tip{display:none;position:absolute;z-index:5;max-width:min(24rem,80vw);background:#1b1b1b;color:#fff;font:.9rem/1.4 system-ui,sans-serif;padding:.5rem .75rem;border-radius:4px;white-space:normal;margin-top:1.6em;left:1rem}
.tip-regel{display:block}
.tip-regel+.tip-regel{margin-top:.35rem}
.tip em{font-style:normal;text-decoration:underline}
.vondst:hover+.tip,.vondst:focus+.tip,.vondst-punt:hover+.tip,.vondst-punt:focus+.tip,.tip:hover{display:block}
.tip-dicht+.tip{display:none!important}
.visueel-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ernst{font-weight:700}
.ernst--error{color:var(--rapport-fout)}
.ernst--warning{color:var(--rapport-waarschuwing)}
.ernst--info{color:var(--rapport-info)}
.voorstel{color:#1b1b1b;font-style:italic}
.fragment{font-family:Georgia,serif;overflow-wrap:anywhere}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end}
.filters[hidden]{display:none}
.filters .utrecht-form-field{margin:0}
.status{margin:0}
.sorteer{font:inherit;font-weight:700;background:none;border:0;padding:0;color:var(--rapport-link);text-decoration:underline;cursor:pointer}
[aria-sort=ascending] .sorteer::after{content:" ▲"}
[aria-sort=descending] .sorteer::after{content:" ▼"}
.oordeel{font-weight:700}
.oordeel--slechter{color:var(--rapport-fout)}
.oordeel--beter{color:#1c6b2f}
.inhoud{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;padding:0;margin:.5rem 0;list-style:none}
code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}
details.regels summary{cursor:pointer;margin:.5rem 0}
@media (max-width:40rem){
.inhoud-blok{padding:.5rem}.brieftekst{padding:.5rem}
.bevindingen thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.bevindingen,.bevindingen tbody,.bevindingen tr,.bevindingen td{display:block}
.bevindingen tr{border-bottom:1px solid #b5b5b5;padding:.5rem 0}
table.bevindingen td.utrecht-table__cell{border:0;padding:.1rem 0;block-size:auto}
.bevindingen td[data-kop]::before{content:attr(data-kop) ": ";font-weight:700}
}
@media print{
.kop{background:none;color:#000;border-bottom:2px solid #000}
.utrecht-skip-link,.filters,.tip,nav{display:none!important}
.sjabloon{break-before:page}
.utrecht-heading-2,.utrecht-heading-3{break-after:avoid}
.utrecht-table__row,.grafiek{break-inside:avoid}
.vondst{background:none;border-bottom-style:dotted}
details.regels>*{display:block}
a.utrecht-link{color:#000}
.tabel-rol{overflow:visible}
}
`

/** The complete stylesheet: NL Design System (built in) plus the report's own rules. */
export const REPORT_CSS = `${NLDS_CSS}\n${OWN_CSS}`

/** Custom properties for a municipality's own colours (values were validated as hex colours). */
export function themeCss(theme: Theme | undefined): string {
  if (!theme) return ''
  const rules: string[] = []
  if (theme.primary) rules.push(`--rapport-primair:${theme.primary}`)
  if (theme.link) rules.push(`--rapport-link:${theme.link}`)
  return rules.length ? `body.voorbeeld-theme{${rules.join(';')}}` : ''
}
