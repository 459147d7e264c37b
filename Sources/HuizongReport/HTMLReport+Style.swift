extension HTMLReport {
    /// The page's only style sheet, inline. Local fonts only; nothing is fetched.
    static let stylesheet = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee3; --band: #f4f6f8; --bar: #3b6ea5;
            --bad: #b42318; --bad-bg: #fdecea; --warn: #8a5a00; --warn-bg: #fff4dc; --ok: #1e6b3a; --ok-bg: #e7f5ec; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 40px; color: var(--ink); background: #fff;
           font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
    h1 { font-size: 24px; margin: 0 0 8px; }
    h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 15px; margin: 20px 0 8px; }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0 0 12px; }
    .meta div { display: flex; gap: 6px; }
    .meta dt { color: var(--muted); }
    .meta dd { margin: 0; font-weight: 600; }
    .verdict { padding: 10px 14px; border-radius: 6px; font-weight: 600; margin: 12px 0; }
    .verdict.ok { background: var(--ok-bg); color: var(--ok); }
    .verdict.warn { background: var(--warn-bg); color: var(--warn); }
    .verdict.bad { background: var(--bad-bg); color: var(--bad); }
    .toc ol { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 8px 0 0; font-size: 13px; }
    .toc a { color: var(--bar); text-decoration: none; }
    .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 10px; margin: 8px 0; }
    .kpis.amounts { grid-template-columns: repeat(auto-fill, minmax(165px, 1fr)); }
    .kpi { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: var(--band); }
    .kpi .k { display: block; color: var(--muted); font-size: 12px; }
    .kpi .v { display: block; text-align: right; font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .kpi.bad { background: var(--bad-bg); border-color: var(--bad); }
    .kpi.bad .v { color: var(--bad); }
    .kpi.warn { background: var(--warn-bg); border-color: var(--warn); }
    .kpi.warn .v { color: var(--warn); }
    .kpi.ok { background: var(--ok-bg); border-color: var(--ok); }
    .kpi.ok .v { color: var(--ok); }
    table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 13px; }
    th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
    thead th { background: var(--band); font-weight: 600; }
    tfoot td { font-weight: 600; background: var(--band); }
    tbody tr:nth-child(even) td { background: #fafbfc; }
    th.nowrap { white-space: nowrap; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.zero, .empty { color: #9aa5b1; }
    td.bad { color: var(--bad); font-weight: 600; }
    td.warn { color: var(--warn); font-weight: 600; }
    td.up { color: #1d4f91; }
    td.down { color: #9a4d00; }
    .code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; white-space: nowrap; }
    td { overflow-wrap: anywhere; }
    table.finding-changes td:first-child { width: 11em; }
    .note { color: var(--muted); margin: 6px 0; }
    .note.ok { color: var(--ok); }
    .note.bad { color: var(--bad); font-weight: 600; }
    .tag { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; background: var(--band);
           border: 1px solid var(--line); white-space: nowrap; }
    .tag.bad { background: var(--bad-bg); color: var(--bad); border-color: #f2b8b5; }
    .tag.warn { background: var(--warn-bg); color: var(--warn); border-color: #f0d08a; }
    .tag.ok { background: var(--ok-bg); color: var(--ok); border-color: #a9d8b8; }
    details.unit { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 10px; }
    details.unit summary { cursor: pointer; font-weight: 600; }
    details.unit[open] summary { margin-bottom: 6px; }
    .messages { margin: 4px 0 8px; padding-left: 28px; }
    .messages li { margin: 3px 0; }
    .rule { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-size: 12px; color: var(--muted); }
    .file { font-size: 12px; color: var(--muted); margin: 0 0 4px; overflow-wrap: anywhere; }
    svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0 12px; font-family: inherit; }
    svg.chart text { font-size: 13px; fill: var(--ink); }
    svg.chart text.value { fill: var(--muted); font-variant-numeric: tabular-nums; }
    svg.chart text.negative { fill: var(--bad); }
    svg.chart rect.bar { fill: var(--bar); }
    svg.chart line.axis { stroke: var(--muted); stroke-width: 1; }
    footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .toc { display: none; }
      h2 { break-after: avoid; }
      h3, h2 + p.note { break-after: avoid; }
      tr, .kpi, svg.chart { break-inside: avoid; }
      details.unit summary { break-after: avoid; }
      thead { display: table-header-group; }
      details.unit { border: none; padding: 0; }
      details.unit::details-content { content-visibility: visible; display: block; }
      details.unit summary { list-style: none; }
    }

    """
}
