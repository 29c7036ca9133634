/**
 * The report's style sheet. System fonts that carry Vietnamese: a Times-like serif for the
 * document (as administrative documents are typeset), a sans for the tables and charts.
 *
 * @internal
 */
export const STYLES = `
:root {
  --ink: #1d232b; --muted: #5b6470; --line: #d5dae1; --paper: #ffffff; --band: #f4f6f8;
  --lead: #b3261e; --owner: #6a1b9a; --partner: #1f5fa8; --reporter: #2e7d32; --collector: #8a5a00; --shift: #7b3fa0;
  --serif: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", Times, serif;
  --sans: "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--band); color: var(--ink); font: 15px/1.6 var(--sans); font-kerning: normal; }
.page { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; background: var(--paper); }
h1, h2, h3, h4 { line-height: 1.35; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: var(--muted); }
.doc-heading { display: grid; grid-template-columns: 2fr 3fr; gap: 4px 24px; text-align: center; font-family: var(--serif); font-size: 16px; }
.doc-heading .issuer, .doc-heading .nation { font-weight: bold; }
.doc-heading .rule { display: block; width: 40%; margin: 2px auto 0; border-top: 1px solid var(--ink); }
.doc-heading .dateline { font-style: italic; }
.doc-title { text-align: center; font-family: var(--serif); margin: 28px 0 8px; }
.doc-title .type { display: block; font-size: 1.35rem; }
.doc-title .name { display: block; font-size: 1.05rem; font-weight: bold; max-width: 46em; margin: 4px auto 0; }
.meta { text-align: center; color: var(--muted); margin: 0 0 12px; }
nav.toc { display: flex; flex-wrap: wrap; gap: 6px 18px; justify-content: center; margin: 12px 0 0; padding: 8px; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
nav.toc a { color: var(--partner); text-decoration: none; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 16px 0; }
.stat { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.stat b { display: block; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
figure { margin: 0; }
.timeline { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.timeline text { font-family: var(--sans); fill: var(--ink); }
.timeline .axis text { fill: var(--muted); font-size: 12px; }
.timeline .lane-label { font-size: 12px; }
.timeline .grid { stroke: var(--line); }
.timeline .lane:nth-of-type(odd) rect.band { fill: var(--band); }
.timeline .lane rect.band { fill: #fff; }
.timeline .mark { fill: var(--lead); stroke: #fff; stroke-width: 1.5; }
.timeline .mark.report { fill: var(--reporter); }
.timeline .stated { fill: #fff; stroke: var(--shift); stroke-width: 1.5; }
.timeline .shift { stroke: var(--shift); stroke-width: 1.5; }
.timeline .issued { stroke: var(--ink); stroke-dasharray: 4 3; }
.timeline .count { font-size: 10px; fill: #fff; font-weight: bold; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; color: var(--muted); margin: 6px 0 0; padding: 0; list-style: none; }
.legend .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 5px; vertical-align: -1px; }
table { border-collapse: collapse; }
.deadlines { width: 100%; font-size: 14px; margin-top: 12px; }
.deadlines th, .deadlines td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
.matrix { font-size: 13px; width: 100%; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 4px 6px; text-align: center; }
.matrix thead th { background: var(--band); position: sticky; top: 0; }
.matrix th[scope=row] { text-align: left; font-weight: normal; white-space: nowrap; position: sticky; left: 0; background: #fff; }
.role { display: inline-block; min-width: 1.5em; border-radius: 3px; color: #fff; font-weight: bold; font-size: 12px; line-height: 1.5; margin: 1px; }
.role.lead { background: var(--lead); }
.role.owner { background: var(--owner); }
.role.partner { background: var(--partner); }
.role.reporter { background: var(--reporter); }
.role.collector { background: var(--collector); }
details.unit { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 0 12px; }
details.unit > summary { cursor: pointer; padding: 8px 0; font-weight: 600; }
details.unit h4 { font-size: .95rem; margin: .7rem 0 .2rem; }
details.unit ul { margin: 2px 0 10px; padding-left: 20px; }
details.unit li { margin: 2px 0; }
details.unit .when { color: var(--shift); }
details.unit .takeover { font-size: 13px; color: var(--muted); }
.unowned ul { margin: 0; padding-left: 18px; }
.unowned code { font-size: 12px; color: var(--muted); }
.doc { font-family: var(--serif); font-size: 16px; text-align: justify; hyphens: manual; }
.doc h3, .doc h4, .doc h5 { font-family: var(--serif); }
.doc p { margin: .35rem 0; text-indent: 0; }
.doc .node { margin: .2rem 0 .2rem 0; }
.doc .depth-2 { margin-left: 1.2rem; } .doc .depth-3 { margin-left: 2.4rem; } .doc .depth-4 { margin-left: 3.6rem; }
.doc .who { font-family: var(--sans); font-size: 12.5px; color: var(--muted); text-align: left; margin: 0 0 .4rem; }
.doc .who .role { padding: 0 4px; }
.closing { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; font-family: var(--serif); margin-top: 28px; }
.closing .recipients { font-size: 14px; }
.closing .signature { text-align: center; font-weight: bold; }
.closing .signature .name { margin-top: 4.5em; }
.corrections { font-size: 13px; color: var(--muted); margin-top: 16px; }
.corrections li { margin: 3px 0; }
footer { margin-top: 32px; font-size: 12px; color: var(--muted); text-align: center; }
@media print {
  body { background: #fff; } .page { max-width: none; padding: 0; }
  nav.toc { display: none; } details.unit { break-inside: avoid; }
  .scroll { overflow: visible; border: 0; }
}
`;
