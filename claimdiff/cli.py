"""The command line: thin click commands over the library API.

Only this module touches argv, stdout and exit codes. Every ``ClaimdiffError`` becomes one
line on stderr and exit code 2. `compare` and `report` exit 0 when they ran, whatever they
found (as git diff does); findings give exit code 1 only where `--fail-on` asks, and `check`
gives 1 for unmet expectations.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from claimdiff import __version__
from claimdiff.errors import ClaimdiffError
from claimdiff.kinds import KIND_STYLES
from claimdiff.lang import languages

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_BUG = 70  # sysexits' EX_SOFTWARE: not the input, the tool
EXIT_PIPE = 141  # what a shell reports for a tool stopped by a closed pipe (128 + SIGPIPE)

# `--fail-on KIND` fails on that kind and every kind the table lists before it; "hard" on hard
# contradictions only, and "never" never.
_GATES = tuple(s.kind.value for s in KIND_STYLES if s.fail_on)
FAIL_ON = (_GATES[0], "hard", *_GATES[1:], "never")


class UsageFailure(click.ClickException):
    """A bad input or option: one line, exit code 2."""

    exit_code = EXIT_ERROR


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a one-line message and exit code 2, in one place."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ClaimdiffError as exc:
            raise UsageFailure(str(exc)) from None
        except BrokenPipeError:
            _closed_pipe()  # before click takes it for an exit 1

    return wrapper


def _format_names() -> list[str]:
    from claimdiff.report import REPORTERS

    return sorted(REPORTERS)


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared output options: format, output file, colour and table style."""
    func = click.option("--no-color", is_flag=True, help="Never colour the table (also: NO_COLOR=1).")(func)
    func = click.option(
        "--table-format",
        default="simple",
        show_default=True,
        metavar="NAME",
        help="Any tabulate format: simple, github, grid, plain, ...",
    )(func)
    func = click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True),
        help="Write here (atomically) instead of stdout.",
    )(func)
    func = click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(_format_names()),
        help="Output format (default: from the suffix of --output, else table).",
    )(func)
    return func


def _parse_only(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    del ctx
    if value is None:
        return None
    from claimdiff.model import RelationKind

    kinds = tuple(dict.fromkeys(k.strip() for k in value.split(",") if k.strip()))
    known = [k.value for k in RelationKind]
    for kind in kinds:
        if kind not in known:
            raise click.BadParameter(f"{kind!r} is not one of {', '.join(known)}", param=param)
    if not kinds:
        raise click.BadParameter("name at least one kind", param=param)
    return kinds


def only_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--only``: the kinds of relation the report shows and counts."""
    return click.option(
        "--only",
        callback=_parse_only,
        metavar="KIND[,KIND]",
        help="Report only these kinds: contradiction, omission, revision, agreement "
        "(--fail-on still weighs everything found).",
    )(func)


def pairs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--pairs``: list every pairwise relation, not only the positions that gather them."""
    return click.option(
        "--pairs",
        is_flag=True,
        help="List every agreement and contradiction between two voices; by default the report "
        "lists the positions, and the conflicts and accords between them, with the voices on "
        "each side (it then grows with the voices, not with their pairs).",
    )(func)


def _shown(comparison: Any, only: tuple[str, ...] | None, pairs: bool) -> Any:
    """The comparison as the report shows it: ``--only``'s kinds, pairs folded unless asked."""
    from claimdiff.report import shown

    return shown(comparison.only(only) if only else comparison, pairs)


def markdown_limit_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--markdown-limit``: the most characters a Markdown report may hold (a comment's limit)."""
    return click.option(
        "--markdown-limit",
        type=click.IntRange(min=0),
        default=65_536,
        show_default=True,
        metavar="N",
        help="Cut the Markdown report to N characters (GitHub's comment limit), saying what it "
        "left out; 0: never cut.",
    )(func)


def fail_on_option(default: str, what: str) -> Callable[..., Any]:
    """``--fail-on``: the relations that make a run exit 1 (compare's, and batch's over its cases)."""
    return click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default=default,
        show_default=True,
        help=f"{what} ('hard': hard contradictions only).",
    )


def case_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options that describe the case being read: its reference date and title, and whether
    an outlet's own narration is compared."""
    func = click.option(
        "--compare-narrators",
        is_flag=True,
        help="Also compare what an outlet (case.yaml 'outlet:') says without naming a voice.",
    )(func)
    func = click.option(
        "--source",
        "sources",
        multiple=True,
        callback=_parse_sources,
        metavar="FILE=NAME",
        help="Name the voice of a whole file ('-' for standard input); repeatable. Default: the file's name.",
    )(func)
    func = click.option(
        "--lexicon",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="A YAML file of words to teach: actors, voices, aliases, victims, causes "
        "(see the README); in place of any the case.yaml names.",
    )(func)
    func = click.option("--title", help="Title of the case in reports.")(func)
    func = click.option(
        "--lang",
        "language",
        type=click.Choice(languages()),
        help="Language of the documents whose case names none (default: detected from each one's words).",
    )(func)
    func = click.option(
        "--date",
        "reference_date",
        callback=_parse_date,
        metavar="YYYY-MM-DD",
        help="Reference date for 'on Tuesday', 'last year' (default: the case's reference_date).",
    )(func)
    return func


def _parse_sources(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, str]:
    del ctx
    named: dict[str, str] = {}
    for item in value:
        file, eq, name = item.partition("=")
        if not eq or not file or not name.strip():
            raise click.BadParameter(f"{item!r} is not FILE=NAME", param=param)
        if named.get(file, name.strip()) != name.strip():
            raise click.BadParameter(f"{file!r} is named twice", param=param)
        named[file] = name.strip()
    return named


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    del ctx, param
    if value is None:
        return None
    from claimdiff.ingest import reference_date

    try:
        return reference_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def write_files(files: dict[str, str], inputs: Any = ()) -> None:
    """Write every output of a run together, or none; never over an input."""
    from claimdiff.outputs import write_files as write

    write(files, inputs=inputs)


def _terminal_width(output: str | None) -> int | None:
    """The terminal's columns when the table is shown on one (COLUMNS wins, as for every tool);
    none for a file or a pipe, which get the same bytes whatever the window."""
    if output or not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _use_color(no_color: bool, output: str | None) -> bool:
    if no_color or output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _closed_pipe() -> None:
    """The reader went away ("| head"): stop quietly, as a tool stopped by SIGPIPE does."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(EXIT_PIPE)


class OneLineErrors(click.Group):
    """Every failure is one line on stderr: usage and input errors exit 2, a closed pipe exits
    quietly as standard tools do, and anything else is a bug that says so (exit 70)."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            try:
                code = super().main(*args, standalone_mode=False, **kwargs)
            except SystemExit as done:
                code = done.code
            sys.stdout.flush()  # a full device fails here, not after the exit code is decided
        except click.UsageError as exc:
            where = f" (try '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            click.echo(f"Error: {exc.format_message()}{where}", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Interrupted.", err=True)
            sys.exit(130)  # the shell's code for Ctrl-C
        except BrokenPipeError:
            _closed_pipe()
        except OSError as exc:
            where = exc.filename if isinstance(exc.filename, str) else "standard output"
            click.echo(f"Error: {where}: cannot write ({exc.strerror or exc})", err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # noqa: BLE001 - the last line of defence: a bug, said as one
            click.echo(
                f"Error: internal error ({type(exc).__name__}: {exc}); this is a bug in claimdiff, "
                "please report it with the command that caused it",
                err=True,
            )
            sys.exit(EXIT_BUG)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimdiff")
def main() -> None:
    """Compare several accounts of one event: where the voices agree, what each leaves out,
    and where they contradict each other.

    \b
    Example:
      claimdiff compare fixtures/moura
      claimdiff compare a.txt b.txt --date 2022-04-05 --format json -o report.json
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@case_options
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False),
    help="Also write the graph; the suffix picks the format: .graphml .gexf .json .dot .mmd",
)
@fail_on_option("never", "Exit 1 when relations of this kind are found")
@only_option
@pairs_option
@markdown_limit_option
@output_options
@handle_errors
def compare(
    paths: tuple[str, ...],
    only: tuple[str, ...] | None,
    pairs: bool,
    markdown_limit: int,
    reference_date: dt.date | None,
    language: str | None,
    title: str | None,
    lexicon: str | None,
    sources: dict[str, str],
    compare_narrators: bool,
    graph_path: str | None,
    fail_on: str,
    fmt: str | None,
    output: str | None,
    table_format: str,
    no_color: bool,
) -> None:
    """Compare accounts of one event and report agreements, omissions and contradictions.

    PATHS are text or Markdown files (one document each), '-' for standard input, or one
    case folder holding a case.yaml.

    \b
    Examples:
      claimdiff compare fixtures/moura
      claimdiff compare france.txt mali.txt --date 2022-04-05
      claimdiff compare fixtures/moura -f json -o moura.json --graph moura.graphml
    """
    from claimdiff.graph import graph_text
    from claimdiff.report import RenderOptions, render

    if output == "-":
        output = None  # "-o -" is standard output, as "-" is standard input
    fmt = fmt or _format_of(output)
    case, comparison = _compared(
        paths, reference_date, language, title, lexicon, sources, compare_narrators=compare_narrators
    )
    options = RenderOptions(
        color=_use_color(no_color, output),
        table_format=table_format,
        markdown_limit=markdown_limit or None,
        width=_terminal_width(output),
    )
    shown = _shown(comparison, only, pairs)
    # Render everything before writing anything, so a failure leaves no half-written file.
    text = render(fmt, shown, options)
    files = {graph_path: graph_text(shown, graph_path)} if graph_path else {}
    if output:
        files[output] = text
    write_files(files, _inputs(case))
    if not output:
        click.echo(text, nl=False)
    sys.exit(_exit_code(comparison, fail_on))


def _compared(
    paths: tuple[str, ...],
    reference_date: dt.date | None,
    language: str | None,
    title: str | None,
    lexicon: str | None,
    sources: dict[str, str],
    *,
    compare_narrators: bool,
) -> tuple[Any, Any]:
    """The case the inputs and ``case_options`` make (standard input read when '-' is one of
    them), and its comparison: what `compare` and `report` both render."""
    from claimdiff.ingest import load_case
    from claimdiff.pipeline import compare_case

    stdin = sys.stdin.buffer.read() if "-" in paths else None
    case = load_case(
        list(paths),
        reference_date=reference_date,
        stdin=stdin,
        title=title,
        language=language,
        sources=sources,
        lexicon=lexicon,
    )
    return case, compare_case(case, compare_narrators=compare_narrators)


def _format_of(output: str | None) -> str:
    """The format an output file's suffix names ("report.json": json), else the table."""
    from claimdiff.report import REPORTERS

    suffix = Path(output).suffix.lower() if output else ""
    by_suffix = {r.suffix: name for name, r in sorted(REPORTERS.items()) if name != "table"}
    return by_suffix.get(suffix, "table")


def _found(totals: dict[str, Any], fail_on: str) -> bool:
    """Relations counted by kind (and hard contradictions) hold what ``--fail-on`` gates on:
    one comparison's, or a batch's totals."""
    if fail_on == "never":
        return False
    if fail_on == "hard":
        return bool(totals["hard_contradictions"])
    return any(totals["relations"][k] for k in _GATES[: _GATES.index(fail_on) + 1])


def _exit_code(comparison: Any, fail_on: str) -> int:
    hard = comparison.hard_contradictions()
    found = _found({"relations": comparison.summary(), "hard_contradictions": hard}, fail_on)
    return EXIT_FINDINGS if found else EXIT_OK


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-v", "--verbose", is_flag=True, help="Also list met expectations.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output on stdout.",
)
@click.option("--junit", "junit_path", type=click.Path(dir_okay=False), help="Also write JUnit XML here.")
@click.option("--sarif", "sarif_path", type=click.Path(dir_okay=False), help="Also write SARIF 2.1.0 here.")
@click.option("--github", is_flag=True, help="Also print GitHub workflow-command annotations.")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Fail only on what is worse than this baseline: new contradictions, expectations no longer met.",
)
@click.option("--update-baseline", is_flag=True, help="Write today's state to the --baseline file and pass.")
@click.option("--no-color", is_flag=True, help="Never colour the output (also: NO_COLOR=1).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Local worker processes (default: the CPU count for 32 cases or more, else 1).",
)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Run the cases on this Dask cluster.")
@handle_errors
def check(
    paths: tuple[str, ...],
    verbose: bool,
    fmt: str,
    junit_path: str | None,
    sarif_path: str | None,
    github: bool,
    baseline_path: str | None,
    update_baseline: bool,
    no_color: bool,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Check curated cases against their expectations and print accuracy per relation kind.

    Runs every case (a folder with case.yaml) under PATHS, compares each report with the
    case's `expect:` list, and prints met and unmet expectations, unexpected contradictions,
    then precision, recall and F1 per kind (held-out cases apart). Exits 1 when an expectation
    is unmet, or, with --baseline, only when something is worse than the baseline.

    \b
    Examples:
      claimdiff check fixtures/
      claimdiff check fixtures/ --junit check.xml --sarif check.sarif --github
      claimdiff check fixtures/ --baseline baseline.json --update-baseline
    """
    import json

    from claimdiff.check import check_paths, check_report, compare_baseline, load_baseline, make_baseline
    from claimdiff.report import CHECK_REPORTERS, CheckOptions

    if update_baseline and not baseline_path:
        raise click.BadParameter("--update-baseline needs --baseline FILE", param_hint="--update-baseline")
    results = check_paths(list(paths), workers=workers, scheduler=scheduler)
    regressions = []
    if baseline_path and not update_baseline:
        regressions = compare_baseline(results, load_baseline(baseline_path))
    report = check_report(results, regressions)
    options = CheckOptions(verbose=verbose, color=_use_color(no_color, None))
    # Render everything first: a failure leaves no half-written file.
    text = CHECK_REPORTERS[fmt].render(report, options)
    files = {}
    if junit_path:
        files[junit_path] = CHECK_REPORTERS["junit"].render(report, options)
    if sarif_path:
        files[sarif_path] = CHECK_REPORTERS["sarif"].render(report, options)
    if update_baseline and baseline_path:
        files[baseline_path] = json.dumps(make_baseline(results), indent=2, ensure_ascii=False) + "\n"
    write_files(files)
    click.echo(text, nl=False)
    if github:
        click.echo(CHECK_REPORTERS["github"].render(report, options), nl=False)
    if update_baseline:
        sys.exit(EXIT_OK)
    if baseline_path:
        sys.exit(EXIT_FINDINGS if regressions else EXIT_OK)
    sys.exit(EXIT_OK if all(r.ok for r in results) else EXIT_FINDINGS)


@main.command()
@click.argument("dataset", type=click.Path(exists=True))
@click.option(
    "-o",
    "--output-dir",
    "outdir",
    required=True,
    type=click.Path(file_okay=False),
    help="Write each report to OUTDIR/reports/, the summary to OUTDIR/summary.json and summary.txt, "
    "every case's relations to OUTDIR/relations.csv, and with -f html an index.html.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(_format_names()),
    default="json",
    show_default=True,
    help="Format of each case's report.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Local worker processes (default: the CPU count; 1 runs everything in this process).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Run on this Dask distributed cluster instead (pip install 'claimdiff[dask]').",
)
@fail_on_option("never", "Also exit 1 when any case has relations of this kind")
@pairs_option
@click.option(
    "--table-format",
    default="simple",
    show_default=True,
    metavar="NAME",
    help="Any tabulate format for the summary table.",
)
@handle_errors
def batch(
    dataset: str,
    outdir: str,
    fmt: str,
    workers: int | None,
    scheduler: str | None,
    fail_on: str,
    pairs: bool,
    table_format: str,
) -> None:
    """Run every case of a dataset: one report per case, then a summary table.

    DATASET is a folder of case folders (each with a case.yaml) or a JSON Lines file with one
    case per line: {"title": ..., "date": "YYYY-MM-DD", "documents": [{"text": ...,
    "source": ...}, ...]}. A case that fails is listed in the summary with its error and the
    others go on; the exit code is then 1, as it is with --fail-on when any case found relations
    of that kind. Ctrl-C stops at once and leaves every written report complete (exit code 130).

    \b
    Examples:
      claimdiff batch fixtures/ -o reports/
      claimdiff batch fixtures/ -o reports/ --fail-on contradiction
      claimdiff batch events.jsonl -o out/ --workers 8
      claimdiff batch events.jsonl -o out/ --scheduler tcp://10.0.0.5:8786

    Dask workers run claimdiff best as one process per core with one thread each
    (dask worker tcp://10.0.0.5:8786 --nworkers 4 --nthreads 1): it is pure Python.
    """
    import contextlib
    import json

    from claimdiff.batch import (
        dataset_tasks,
        failed_row,
        relations_csv,
        report_names,
        run_batch,
        summary_record,
        summary_row,
        summary_table,
    )
    from claimdiff.engine import local_processes
    from claimdiff.report import REPORTERS
    from claimdiff.report.base import counted

    if workers is not None and scheduler is not None:
        raise click.BadParameter("give --workers or --scheduler, not both", param_hint="--workers")
    tasks = dataset_tasks(dataset)
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageFailure(f"{outdir}: cannot create the output folder ({exc.strerror})") from None
    suffix = REPORTERS[fmt].suffix
    rows: list[dict[str, Any]] = []
    flat: list[tuple[str, tuple[tuple[Any, ...], ...]]] = []  # each case's relations, for relations.csv
    folders: set[Path] = set()  # report folders made so far: one mkdir each, not one per case
    outcomes = run_batch(tasks, fmt=fmt, workers=workers, scheduler=scheduler, pairs=pairs)
    # The bar goes to stderr, and only on a terminal: a log or a pipe gets the summary alone.
    bar: Any = (
        click.progressbar(length=len(tasks), label="cases", file=sys.stderr, show_pos=True)
        if sys.stderr.isatty()
        else contextlib.nullcontext()
    )
    guard = _InterruptGuard()
    try:
        names = report_names([slug for slug, _ in tasks], suffix)
        with bar, guard:
            for name, outcome in zip(names, outcomes, strict=False):
                target = out / name
                try:
                    if outcome.result is not None:
                        if target.parent not in folders:
                            target.parent.mkdir(parents=True, exist_ok=True)
                            folders.add(target.parent)
                        with guard.held():
                            write_files({str(target): outcome.result.report})
                        flat.append((outcome.slug, outcome.result.records))
                    else:
                        # A report left by an earlier run would pass for this run's.
                        target.unlink(missing_ok=True)
                    rows.append(summary_row(outcome, name))
                except (ClaimdiffError, OSError, UnicodeError) as exc:
                    # One case's report that cannot be written fails that case, not the batch.
                    why = str(exc) if isinstance(exc, ClaimdiffError) else f"{target}: cannot write ({exc})"
                    rows.append(failed_row(outcome.slug, why))
                if not isinstance(bar, contextlib.nullcontext):
                    bar.update(1)
    except KeyboardInterrupt:
        outcomes.close()  # cancel what is queued and stop the workers before printing
        click.echo(
            f"Interrupted: {len(rows)} of {counted(len(tasks), 'case')} done, their reports complete "
            f"in {out / 'reports'}; no summary written.",
            err=True,
        )
        if scheduler is None and local_processes(workers, len(tasks)) > 1:
            # Leave now: every report written is whole, and the process pool's own exit hook
            # joins a manager thread that a terminated worker can leave waiting forever (CI saw
            # the batch hang after this message, twice in ten runs).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)
        sys.exit(130)
    finally:
        outcomes.close()
    record = summary_record(rows, str(dataset))
    table = summary_table(record, table_format)
    with guard, guard.held():
        summary = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
        files = {
            str(out / "summary.json"): summary,
            str(out / "summary.txt"): table,
            str(out / "relations.csv"): relations_csv(flat),
        }
        if fmt == "html":
            from claimdiff.report.index import render_index

            files[str(out / "index.html")] = render_index(record)
        write_files(files)
    click.echo(table, nl=False)
    sys.exit(EXIT_FINDINGS if record["totals"]["failed"] or _found(record["totals"], fail_on) else EXIT_OK)


class _InterruptGuard:
    """While installed, Ctrl-C raises KeyboardInterrupt as usual, except inside ``held()``: there
    it waits until the block is done.

    NOTE: writing cleans up after an interrupt inside its own try, but one that lands
    inside tempfile.mkstemp, after the file is created, leaves a temporary file behind. Masking
    the signal is no help: the pool's threads would take it for the main thread.
    """

    def __init__(self) -> None:
        self.holding = False
        self.pending = False
        self.previous: Any = None

    def __enter__(self) -> _InterruptGuard:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None

    def _handler(self, signum: int, frame: Any) -> None:
        del signum, frame
        if self.holding:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def held(self) -> _Held:
        return _Held(self)


class _Held:
    """The block of ``_InterruptGuard.held()``; a Ctrl-C received inside it is raised on leaving."""

    def __init__(self, guard: _InterruptGuard) -> None:
        self.guard = guard

    def __enter__(self) -> None:
        self.guard.holding = True

    def __exit__(self, *exc: object) -> None:
        self.guard.holding = False
        if self.guard.pending:
            self.guard.pending = False
            raise KeyboardInterrupt


REPORT_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="The report to write (atomically): FILE.html or FILE.md.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(sorted(set(REPORT_SUFFIXES.values()))),
    help="Report format (default: from the suffix of --output).",
)
@case_options
@only_option
@pairs_option
@markdown_limit_option
@handle_errors
def report(
    paths: tuple[str, ...],
    only: tuple[str, ...] | None,
    pairs: bool,
    markdown_limit: int,
    output: str,
    fmt: str | None,
    reference_date: dt.date | None,
    language: str | None,
    title: str | None,
    lexicon: str | None,
    sources: dict[str, str],
    compare_narrators: bool,
) -> None:
    """Write a report for people: one self-contained HTML page, or Markdown for a review.

    The HTML page opens with no network: summary, voices by aspect, the documents with their
    statements highlighted, both sides of each relation, and the graph. The Markdown (GitHub
    flavoured, with a Mermaid graph) is fit to paste as a pull-request comment. Exits 0 whatever
    was found: use `claimdiff compare --fail-on` to gate CI.

    \b
    Examples:
      claimdiff report fixtures/moura -o moura.html
      claimdiff report france.txt mali.txt --date 2022-04-05 -o comment.md
    """
    from claimdiff.report import RenderOptions, render

    if fmt is None:
        fmt = REPORT_SUFFIXES.get(Path(output).suffix.lower())
        if fmt is None:
            raise click.BadParameter(
                f"cannot tell the report format from {output!r}; end it with .html or .md, or pass --format",
                param_hint="'-o' / '--output'",
            )
    case, comparison = _compared(
        paths, reference_date, language, title, lexicon, sources, compare_narrators=compare_narrators
    )
    # Render first: a failure leaves no half-written report.
    options = RenderOptions(markdown_limit=markdown_limit or None)
    text = render(fmt, _shown(comparison, only, pairs), options)
    if output == "-":
        click.echo(text, nl=False)  # standard output, as "-" is standard input
    else:
        write_files({output: text}, _inputs(case))
    sys.exit(EXIT_OK)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write here ('-': standard output; default: case.yaml in the folder that holds the files).",
)
@click.option("--title", help="Title of the case (default: the folder's name).")
@click.option("--date", "reference_date", callback=_parse_date, metavar="YYYY-MM-DD", help="Reference date.")
@click.option("--force", is_flag=True, help="Replace a case.yaml that is already there.")
@handle_errors
def init(
    files: tuple[str, ...], output: str | None, title: str | None, reference_date: dt.date | None, force: bool
) -> None:
    """Write a starter case.yaml for FILES, with the voices found in each, to edit.

    The manifest names each file, the voices the tool found in it (to name as source or
    outlet), the names it took for one voice (as aliases) and the reference date the documents
    give; then `claimdiff compare FOLDER` reads it.

    \b
    Examples:
      claimdiff init reports/*.txt
      claimdiff init a.txt b.txt --title "Floods in Vessary" --date 2023-09-11 -o -
    """
    from claimdiff.starter import manifest_folder, starter_manifest

    target = None if output == "-" else Path(output) if output else manifest_folder(files) / "case.yaml"
    folder = target.parent if target is not None else manifest_folder(files)
    text = starter_manifest(files, folder, title=title, reference_date=reference_date)
    if target is None:
        click.echo(text, nl=False)
        return
    if target.exists() and not force:
        raise UsageFailure(f"{target}: already exists; edit it, or pass --force to replace it")
    write_files({str(target): text}, files)
    click.echo(f"Wrote {target}: edit it, then run: claimdiff compare {folder}", err=True)


def _inputs(case: Any) -> list[str]:
    """The files a case was read from: its documents and its manifest."""
    from claimdiff.ingest import MANIFEST_NAMES, STDIN

    paths = [doc.path for doc in case.documents if doc.path and doc.path != STDIN]
    if case.lexicon is not None and case.lexicon.path:
        paths.append(case.lexicon.path)
    if case.path:
        paths += [str(Path(case.path) / name) for name in MANIFEST_NAMES]
    return paths
