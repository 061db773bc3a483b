"""Tables for people: how the CLI shows articles, stores and ingest reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console

    from newsgraph.ingest.runner import IngestReport
    from newsgraph.records import Article

_MAX_MENTIONS_SHOWN = 4


def article_header(article: Article) -> Table:
    """The article's metadata as a two-column table."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    published = article.published or "unknown"
    if article.published:
        published += f" ({article.published_basis})"
    rows = [
        ("id", article.id),
        ("title", article.title or ""),
        ("url", article.url or ""),
        ("outlet", article.outlet or ""),
        ("published", published),
        ("language", article.language),
        ("characters", f"{len(article.text):,}"),
        ("pipeline", article.pipeline_version),
    ]
    for key, value in rows:
        table.add_row(key, Text(value))
    return table


def entity_table(article: Article) -> Table:
    """One row per entity: type, name, how often and how it is mentioned."""
    table = Table(title="Entities", title_justify="left")
    for column in ("id", "type", "name", "mentions", "as"):
        table.add_column(column, justify="right" if column == "mentions" else "left")
    for ent in article.entities:
        forms = list(dict.fromkeys(m.text for m in ent.mentions if m.text != ent.name))
        shown = ", ".join(forms[:_MAX_MENTIONS_SHOWN]) + (
            " …" if len(forms) > _MAX_MENTIONS_SHOWN else ""
        )
        table.add_row(ent.id, ent.type, Text(ent.name), str(len(ent.mentions)), Text(shown))
    return table


def print_article(console: Console, article: Article) -> None:
    """The article's metadata and a table for each kind of record it has."""
    console.print(article_header(article))
    console.print(entity_table(article))
    for kind in ("times", "quantities", "attributions", "events"):
        records = getattr(article, kind)
        if not records:
            console.print(f"[dim]{kind}: none found[/dim]")
            continue
        table = Table(title=kind.capitalize(), title_justify="left")
        rows = [r.to_dict() for r in records]
        columns = [k for k in rows[0] if not isinstance(rows[0][k], (dict, list))]
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(*(Text("" if row[c] is None else str(row[c])) for c in columns))
        console.print(table)


def print_stats(console: Console, stats: dict[str, Any]) -> None:
    """A store's counts: records by kind, then entities by type."""
    table = Table(title=f"newsgraph store {stats.get('path', '')}", title_justify="left")
    table.add_column("records")
    table.add_column("count", justify="right")
    for key in (
        "articles",
        "entities",
        "mentions",
        "times",
        "quantities",
        "attributions",
        "events",
    ):
        if key in stats:
            table.add_row(key, f"{stats[key]:,}")
    console.print(table)
    by_type = stats.get("entities_by_type") or {}
    if by_type:
        types = Table(title="Entities by type", title_justify="left")
        types.add_column("type")
        types.add_column("count", justify="right")
        for label, count in sorted(by_type.items(), key=lambda kv: -kv[1]):
            types.add_row(label, f"{count:,}")
        console.print(types)


def print_report(console: Console, report: IngestReport) -> None:
    """The end of an ingest: what was added, skipped and why."""
    rate = report.added / report.seconds if report.seconds else 0.0
    console.print(
        f"[bold]{report.added:,}[/bold] added, {report.already_stored:,} already stored, "
        f"{report.duplicates:,} duplicates, {len(report.skipped):,} skipped, "
        f"{report.near_duplicates:,} linked as near-duplicates "
        f"in {report.seconds:.1f} s ({rate:.1f} articles/s)"
    )
    for source, reason in report.skipped:
        console.print(Text.assemble(("skipped ", "yellow"), f"{source}: {reason}"), soft_wrap=True)


def rows_table(rows: list[dict[str, Any]], columns: tuple[str, ...], title: str) -> Table:
    """A table of query rows, showing the given columns; lists are joined with commas."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, list):
                value = ", ".join(map(str, value))
            cells.append(Text("" if value is None else str(value)))
        table.add_row(*cells)
    return table
