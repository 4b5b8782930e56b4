"""Time the abstractive model path once per process: one backend, one batch shape.

Run by ``benchmarks/run.py model`` in a fresh process per configuration, so that the peak
memory it reports (``ru_maxrss``) belongs to that configuration alone. Prints one JSON
object on stdout. Can be run by hand:

    python benchmarks/model_bench.py --backend ct2 --reports 8 --batch-size 8 --runs 3

Input: a generated 1,000-word report through the 36,096-piece tokenizer (1,153 tokens),
cut to the 1,024-token window ViT5 reads (1,023 + end token), the same ids for every
report so all runs and backends see one input. Output: exactly ``--new-tokens`` tokens
(``min_new_tokens == max_new_tokens``), so the decoder does the same work whatever a
random model would emit.

Encoder time: transformers' encoder is called alone; CTranslate2 has no encoder-only call
for translators, so its "encoder" is a generation of one token (encoder + one decoder
step), and its decoder time is the rest.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import random_vit5  # noqa: E402

WINDOW = 1024


def report_ids(model_dir: Path, window: int = WINDOW) -> tuple[list[int], dict[str, Any]]:
    """The input ids of one report, and facts about its tokenization."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    text = random_vit5.report_text(1000)
    t0 = time.perf_counter()
    ids = tokenizer(text).input_ids
    tok_s = time.perf_counter() - t0
    info = {"words": len(text.split()), "tokens": len(ids), "tokenize_s": round(tok_s, 4)}
    ids = ids[: window - 1] + [tokenizer.eos_token_id]
    return ids, info


def _median(xs: list[float]) -> float:
    return round(statistics.median(xs), 3)


def bench_torch(model_dir: Path, ids: list[int], args: argparse.Namespace) -> dict[str, Any]:
    import torch
    from transformers import T5ForConditionalGeneration

    torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    model = T5ForConditionalGeneration.from_pretrained(str(model_dir), dtype=torch.float32).eval()
    load_s = time.perf_counter() - t0
    batch = torch.tensor([ids] * args.reports)
    mask = torch.ones_like(batch)
    gen = dict(num_beams=args.beams, do_sample=False, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
               no_repeat_ngram_size=0, early_stopping=True)

    def run_generate(inp: Any, m: Any) -> float:
        t = time.perf_counter()
        for start in range(0, inp.shape[0], args.batch_size):
            out = model.generate(input_ids=inp[start:start + args.batch_size], attention_mask=m[start:start + args.batch_size], **gen)
            assert out.shape[1] == args.new_tokens + 1, out.shape
        return time.perf_counter() - t

    def run_encoder() -> float:
        t = time.perf_counter()
        for start in range(0, batch.shape[0], args.batch_size):
            model.get_encoder()(input_ids=batch[start:start + args.batch_size], attention_mask=mask[start:start + args.batch_size])
        return time.perf_counter() - t

    with torch.inference_mode():
        model.generate(input_ids=batch[:1, :16], max_new_tokens=2, min_new_tokens=2, num_beams=args.beams)  # warm-up
        totals = [run_generate(batch, mask) for _ in range(args.runs)]
        encoders = [run_encoder() for _ in range(args.runs if args.encoder else 0)]
    return {"load_s": round(load_s, 2), "totals": totals, "encoders": encoders,
            "runtime": f"transformers {__import__('transformers').__version__} fp32, torch {torch.__version__}"}


def bench_ct2(model_dir: Path, ids: list[int], args: argparse.Namespace) -> dict[str, Any]:
    import ctranslate2

    from briefing.summarize.backend import GenerationSettings
    from briefing.summarize.ct2_backend import CT2Backend

    t0 = time.perf_counter()
    backend = CT2Backend.from_pretrained(model_dir, device="cpu", threads=args.threads, compute_type=args.compute_type,
                                         inter_threads=args.inter_threads)
    load_s = time.perf_counter() - t0
    batch = [ids] * args.reports
    full = GenerationSettings(num_beams=args.beams, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
                              no_repeat_ngram_size=0, batch_size=args.batch_size)
    one = GenerationSettings(num_beams=args.beams, max_new_tokens=1, min_new_tokens=1, no_repeat_ngram_size=0,
                             batch_size=args.batch_size)

    def run(settings: GenerationSettings, expected: int) -> float:
        t = time.perf_counter()
        out = backend.generate(batch, settings)
        elapsed = time.perf_counter() - t
        assert all(len(o) == expected + 1 for o in out), [len(o) for o in out]
        return elapsed

    backend.generate([ids[:16]], GenerationSettings(num_beams=args.beams, max_new_tokens=2, min_new_tokens=2))  # warm-up
    totals = [run(full, args.new_tokens) for _ in range(args.runs)]
    encoders = [run(one, 1) for _ in range(args.runs if args.encoder else 0)]
    return {"load_s": round(load_s, 2), "totals": totals, "encoders": encoders,
            "runtime": f"ctranslate2 {ctranslate2.__version__} {backend.compute_type}, inter_threads {args.inter_threads}"}


def bench_interleaved(model_dir: Path, ids: list[int], args: argparse.Namespace) -> dict[str, Any]:
    """The four set-ups in one process, round after round, so that each ratio compares runs
    taken under the same load (separate processes, minutes apart, on a shared machine
    saw the load double between two figures). Peak memory is not meaningful here."""
    import torch
    from transformers import T5ForConditionalGeneration

    from briefing.summarize.backend import GenerationSettings
    from briefing.summarize.ct2_backend import CT2Backend

    torch.set_num_threads(args.torch_threads or args.threads)
    model = T5ForConditionalGeneration.from_pretrained(str(model_dir), dtype=torch.float32).eval()
    latency = CT2Backend.from_pretrained(model_dir, device="cpu", threads=args.threads)
    throughput = CT2Backend.from_pretrained(model_dir, device="cpu", threads=args.threads, inter_threads=args.threads)
    n, bs = args.reports, args.batch_size
    gen = dict(num_beams=args.beams, do_sample=False, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
               no_repeat_ngram_size=0)
    single = GenerationSettings(num_beams=args.beams, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
                                no_repeat_ngram_size=0, batch_size=1)
    batched = GenerationSettings(num_beams=args.beams, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
                                 no_repeat_ngram_size=0, batch_size=max(1, bs // args.threads))

    def torch_run(k: int) -> float:
        x = torch.tensor([ids] * k)
        t = time.perf_counter()
        with torch.inference_mode():
            out = model.generate(input_ids=x, attention_mask=torch.ones_like(x), **gen)
        assert out.shape == (k, args.new_tokens + 1)
        return (time.perf_counter() - t) / k

    def ct2_run(backend: Any, k: int, settings: GenerationSettings) -> float:
        t = time.perf_counter()
        out = backend.generate([ids] * k, settings)
        assert [len(o) for o in out] == [args.new_tokens + 1] * k
        return (time.perf_counter() - t) / k

    with torch.inference_mode():
        model.generate(input_ids=torch.tensor([ids[:16]]), max_new_tokens=2, min_new_tokens=2)
    latency.generate([ids[:16]], single)
    throughput.generate([ids[:16]] * 2, batched)
    rounds: list[dict[str, float]] = []
    for _ in range(args.runs):
        r = {"torch_single": torch_run(1), "ct2_single": ct2_run(latency, 1, single),
             "ct2_batched": ct2_run(throughput, n, batched), "torch_batched": torch_run(n), "load1": os.getloadavg()[0]}
        rounds.append(r)
        print(json.dumps({k: round(v, 3) for k, v in r.items()}), file=sys.stderr, flush=True)
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    return {
        "rounds": [{k: round(v, 3) for k, v in r.items()} for r in rounds],
        "median_s_per_report": {k: round(v, 3) for k, v in med.items() if k != "load1"},
        "ct2_speedup_per_report": round(statistics.median(r["torch_single"] / r["ct2_single"] for r in rounds), 2),
        "ct2_batched_gain": round(statistics.median(r["ct2_single"] / r["ct2_batched"] for r in rounds), 2),
        "torch_batched_gain": round(statistics.median(r["torch_single"] / r["torch_batched"] for r in rounds), 2),
        "ct2_batched_vs_torch_single": round(statistics.median(r["torch_single"] / r["ct2_batched"] for r in rounds), 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time one backend on the ViT5-base-shaped random model.")
    ap.add_argument("--backend", choices=["torch", "ct2", "interleaved"], required=True,
                    help="interleaved: transformers and CTranslate2, one report and --reports together, in rounds")
    ap.add_argument("--model-dir", type=Path, default=random_vit5.DEFAULT_OUT)
    ap.add_argument("--reports", type=int, default=1, help="reports per run (all go through together)")
    ap.add_argument("--batch-size", type=int, default=1, help="reports per forward pass")
    ap.add_argument("--new-tokens", type=int, default=128)
    ap.add_argument("--input-tokens", type=int, default=WINDOW, help="input length (at most the 1,153 of the report)")
    ap.add_argument("--beams", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)), help="CPU threads in all")
    ap.add_argument("--torch-threads", type=int, default=None, help="interleaved: threads for transformers")
    ap.add_argument("--compute-type", default="int8", help="ct2 only")
    ap.add_argument("--inter-threads", type=int, default=1,
                    help="ct2 only: sub-batches decoded in parallel (threads are split between them)")
    ap.add_argument("--no-encoder", dest="encoder", action="store_false",
                    help="skip the separate encoder timing (batched throughput runs)")
    args = ap.parse_args(argv)

    model_dir = random_vit5.build(args.model_dir)
    ids, tok_info = report_ids(model_dir, args.input_tokens)
    if args.backend == "interleaved":
        res = bench_interleaved(model_dir, ids, args)
        print(json.dumps({"backend": "interleaved", "reports": args.reports, "batch_size": args.batch_size,
                          "beams": args.beams, "new_tokens": args.new_tokens, "input_tokens": len(ids),
                          "threads": args.threads, "torch_threads": args.torch_threads or args.threads,
                          "runs": args.runs, **res}))
        return 0
    res = (bench_torch if args.backend == "torch" else bench_ct2)(model_dir, ids, args)
    total = statistics.median(res["totals"])
    enc = statistics.median(res["encoders"]) if res["encoders"] else None
    per_report = total / args.reports
    print(json.dumps({
        "backend": args.backend, "runtime": res["runtime"], "reports": args.reports, "batch_size": args.batch_size,
        "beams": args.beams, "new_tokens": args.new_tokens, "input_tokens": len(ids), "threads": args.threads,
        "runs": args.runs, "tokenization": tok_info, "load_s": res["load_s"],
        "total_s": [round(x, 3) for x in res["totals"]], "encoder_s": [round(x, 3) for x in res["encoders"]],
        "median_total_s": _median(res["totals"]), "median_encoder_s": None if enc is None else round(enc, 3),
        "median_decoder_s": None if enc is None else round(total - enc, 3),
        "s_per_report": round(per_report, 3), "reports_per_min": round(60 / per_report, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
