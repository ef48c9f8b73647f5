"""Verification results for people: variant tables with word highlights, check verdicts as text.

Kept apart from :mod:`quoteverify.render` (quotes, speakers, articles) so
each stays small.  Highlights come from the stored word alignment
(``cluster_members.ops``): words the reference has and the rendering lacks
are shown struck through, words it adds or replaces are coloured by the
kind of change, meaning changes in red.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text

from quoteverify.verify import Cluster, DiffOp, Member, Verdict

__all__ = ["check_lines", "highlighted", "variants_view"]

STYLES = {
    "misattribution": "bold red",
    "meaning": "bold red",
    "wording": "yellow",
    "excerpt": "cyan",
    "orthographic": "blue",
    "typographic": "dim",
    "identical": "",
    "reference": "bold",
}


def highlighted(reference: str, text: str, ops: Sequence[DiffOp]) -> Text:
    """``text`` with its changes against ``reference``, readable without colour too.

    Words of the reference the rendering lacks are shown struck, as ``[-…-]``;
    words it adds or puts instead are underlined, as ``{+…+}``; both in the
    colour of the kind of change (meaning and misattribution red).
    """
    out = Text()
    cursor = 0
    for op in sorted(ops, key=lambda o: (o.b_start, o.a_start)):
        if op.tag == "equal":
            continue
        out.append(text[cursor : op.b_start])
        style = STYLES.get(op.label or "wording", "yellow")
        if op.tag in ("delete", "replace") and op.a_end > op.a_start:
            out.append(f"[-{reference[op.a_start : op.a_end]}-]", style=f"strike {style}")
            if op.tag == "replace" or not text[op.b_start : op.b_start + 1].isspace():
                out.append(" ")
        if op.tag in ("insert", "replace") and op.b_end > op.b_start:
            out.append(f"{{+{text[op.b_start : op.b_end]}+}}", style=f"underline {style}")
        cursor = max(cursor, op.b_end)
    out.append(text[cursor:])
    return out


def _day(published: str | None) -> str:
    return (published or "")[:10] or "?"


def _member_row(cluster: Cluster, m: Member) -> tuple[Text, Text, str, Text, Text]:
    r = m.rendering
    text = Text(r.text) if m.variant == "reference" else highlighted(cluster.reference.text, r.text, m.ops)
    speaker = Text(r.speaker or "?", style=STYLES["misattribution"] if m.variant == "misattribution" else "")
    variant = Text(m.variant, style=STYLES.get(m.variant, ""))
    others = [c for c in m.changes if c != m.variant]
    if others:
        variant.append("\n+ " + ", ".join(others), style="dim")
    return variant, Text(r.outlet or "?"), _day(r.published), speaker, text


def variants_view(clusters: Iterable[Cluster]) -> Group:
    """One table per cluster, one row per member (the reference first) with outlet, date and highlights."""
    tables = []
    for cluster in clusters:
        title = f"cluster {cluster.id} · {cluster.speaker or '?'} · {len(cluster.articles)} articles"
        table = Table(title=title, title_justify="left", show_lines=True, expand=True)
        table.add_column("variant", min_width=9, max_width=16)
        table.add_column("outlet", max_width=14)
        table.add_column("date", min_width=10, no_wrap=True)
        table.add_column("speaker", max_width=14)
        table.add_column("rendering", ratio=1, min_width=24)
        for m in cluster.members:
            table.add_row(*_member_row(cluster, m))
        evidence = [
            e for m in cluster.members for e in m.evidence if m.variant in ("meaning", "misattribution")
        ]
        if evidence:
            table.caption = "; ".join(dict.fromkeys(evidence))
            table.caption_justify = "left"
        tables.append(table)
    return Group(*tables) if tables else Group(Text("no variants"))


_HEADLINE = {
    "verbatim": "found verbatim",
    "altered": "found altered",
    "misattributed": "found, but attributed to someone else",
    "not_found": "not found",
}


def check_lines(verdict: Verdict) -> list[str]:
    """The verdict, the differences, every source (earliest first) and the earliest, as plain lines."""
    data = verdict.to_json()
    lines = [f"verdict:  {_HEADLINE[verdict.verdict]} (exit {verdict.exit_code})"]
    lines.append(f"claim:    {verdict.claim}" + (f" ({verdict.speaker})" if verdict.speaker else ""))
    if data["change"]:
        lines.append(f"change:   {data['change']} ({', '.join(data['changes'])})")
    lines.extend(f"evidence: {e}" for e in data["evidence"])
    for d in data["diff"]:
        lines.append(
            f"diff:     {d['op']} {d['source']!r} → {d['claim']!r}"
            + (f" [{d['label']}]" if d["label"] else "")
        )
    best = verdict.best
    if best is not None:
        r = best.rendering
        lines.append(f"source:   {r.text} ({r.speaker or '?'}; {r.outlet or '?'}, {_day(r.published)})")
    if verdict.sources:
        lines.append(f"sources:  {len(verdict.sources)}, earliest first")
        for s in verdict.sources:
            r = s.rendering
            lines.append(
                f"  {_day(r.published)}  {r.outlet or '?'}  {r.url or r.article_id}  [{s.cluster_variant}]"
            )
        e = verdict.earliest.rendering if verdict.earliest else None
        if e is not None:
            lines.append(f"earliest: {_day(e.published)} {e.outlet or '?'} {e.url or e.article_id}")
    return lines
