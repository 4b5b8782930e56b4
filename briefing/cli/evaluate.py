"""``briefing evaluate``: ROUGE of the summaries against journalists' own summaries."""
from __future__ import annotations

import json
from itertools import islice

import click

from briefing.cli.options import briefer_kwargs, engine_options
from briefing.errors import InputError
from briefing.evaluate import Pair, read_pairs
from briefing.evaluate import evaluate as run_evaluation
from briefing.pipeline import Briefer
from briefing.text.segment import segment


@click.command()
@click.argument("pairs_file", metavar="PAIRS.jsonl", type=click.Path(dir_okay=False))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N pairs.")
@engine_options
def evaluate(pairs_file: str, limit: int | None, engine: str, model: str | None, backend: str, device: str,
             threads: int | None, max_chars: int | None) -> None:
    """ROUGE-1/2/L (F1, %) of briefing summaries against reference summaries.

    PAIRS.jsonl holds one JSON object per line with "document", "summary" and optionally
    "title" and "id". Prints one JSON line with the scores.
    """
    pairs = list(islice(read_pairs(pairs_file), limit))  # --limit N reads only the first N pairs
    if not pairs:  # mean ROUGE of nothing would print as a score of 0
        raise InputError("no pairs in the file", path=pairs_file)
    briefer = Briefer(**briefer_kwargs(engine, model, backend, device, threads, max_chars), condense=False)

    def summarize(ps: list[Pair]) -> list[str]:
        docs = [briefer.document_from_text(p.text(), source=p.id) for p in ps]
        segs = [segment(d) for d in docs]
        return [s.text for s in briefer.summarizer.summarize_many(segs)]

    scores = run_evaluation(pairs, summarize)
    scores["engine"] = briefer.summarizer.describe()  # type: ignore[assignment]
    click.echo(json.dumps(scores, ensure_ascii=False))
