"""What every ``newsgraph eval KIND`` command shares: options, printing, the gate."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from newsgraph.evaluate import Scores, load_baseline, regressions

F = TypeVar("F", bound=Callable[..., Any])


def eval_options(func: F) -> F:
    """Add ``--baseline FILE`` and ``--format table|json`` to an eval command."""
    func = click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json"]),
        default="table",
        show_default=True,
        help="table for reading, json for programs.",
    )(func)
    func = click.option(
        "--baseline",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="A baseline file (baselines/KIND.json); exit 1 if a score is below its minimum.",
    )(func)
    return func


def emit(scores: Scores, *, fmt: str, baseline: Path | None, title: str) -> None:
    """Print the scores, then check them against the baseline and exit 1 on a drop."""
    if fmt == "json":
        click.echo(json.dumps(scores, indent=2, sort_keys=True))
    else:
        table = Table(title=title, title_justify="left")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for metric, value in scores.items():
            shown = f"{value:,.0f}" if float(value).is_integer() and value > 1 else f"{value:.4f}"
            table.add_row(metric, shown)
        Console(highlight=False).print(table)
    if baseline is None:
        return
    problems = regressions(scores, load_baseline(baseline)["minimums"])
    console = Console(stderr=True, highlight=False)
    if problems:
        for problem in problems:
            console.print(f"[bold red]below baseline:[/bold red] {problem}")
        sys.exit(1)
    console.print(f"all scores at or above {baseline}")
