/// The guide's inline style sheet: readable on screen, and on paper no question is split
/// across a page break.
enum HTMLGuideStyle {
  static let css = """
    :root { color-scheme: light; }
    body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45;
      max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
    h1 { font-size: 1.6rem; margin-bottom: 0.3rem; }
    h2 { font-size: 1.25rem; border-bottom: 2px solid #333; padding-bottom: 0.2rem;
      margin-top: 2rem; }
    h3, h4, h5, h6 { font-size: 1.05rem; margin: 0 0 0.3rem; }
    .section-title { font-size: 1.15rem; margin-top: 1.6rem; color: #333; }
    .meta { color: #555; font-size: 0.9rem; margin: 0.2rem 0 0.5rem; }
    .condition { font-weight: bold; margin: 0.3rem 0; }
    .step { border: 1px solid #bbb; border-radius: 6px; padding: 0.7rem 0.9rem;
      margin: 0.9rem 0; break-inside: avoid; page-break-inside: avoid; }
    .read-aloud { border-left: 5px solid #1f5fa8; background: #eef4fb; padding: 0.5rem 0.8rem;
      margin: 0.5rem 0; font-size: 1.08rem; }
    .read-aloud .cue { display: block; font-family: Helvetica, Arial, sans-serif;
      font-size: 0.75rem; font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase;
      color: #1f5fa8; margin-bottom: 0.2rem; }
    .note { font-family: Helvetica, Arial, sans-serif; font-size: 0.9rem; font-style: italic;
      color: #444; }
    .ticks { list-style: none; padding-left: 0.2rem; margin: 0.4rem 0; }
    .ticks li { margin: 0.15rem 0; }
    ol.prompts { margin: 0.3rem 0; }
    .box { font-size: 1.1em; margin-right: 0.3em; }
    .required { font-weight: bold; font-size: 0.85rem; }
    .value { color: #555; font-size: 0.85rem; }
    .blank { display: inline-block; min-width: 12rem; border-bottom: 1px solid #333; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 0.2rem 0.5rem; border-bottom: 1px solid #ccc; }
    td.num { text-align: right; white-space: nowrap; }
    @media print {
      body { margin: 0; max-width: none; font-size: 11pt; }
      .step, .attribute, tr { break-inside: avoid; page-break-inside: avoid; }
      h2, h3, .section-title { break-after: avoid; page-break-after: avoid; }
      .read-aloud { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
