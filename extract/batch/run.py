"""The client side of a batch run: partitions submitted to a Dask cluster, results written.

The inputs are enumerated lazily and only a window of partitions (a few per worker thread) is in
flight, so the client holds neither the articles nor the list of all references. Results come
back in completion order (`as_completed`); the client alone writes the output, one partition at a
time, so a partition is written once even when Dask runs its task twice (a worker killed mid-task:
the scheduler re-runs it elsewhere). Partitions already done by the same extractor over the same
references are skipped, which makes a re-run with the same --out a resume.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

from distributed import Client, Future, LocalCluster, as_completed

from extract.batch.inputs import InputError, enumerate_inputs
from extract.batch.output import OutputDir
from extract.batch.partition import DEFAULT_SIZE, Partition, partitions
from extract.batch.task import PartitionResult, WarmModels, analyse_partition
from extract.fingerprint import extractor_fingerprint

TASKS_PER_THREAD = 2  # partitions in flight per worker thread: no worker idles between two


class BatchError(Exception):
    """The run cannot start or go on; str(error) is a one-line message."""


@dataclass
class Progress:
    """Where a run stands, passed to the progress callback after every partition."""
    articles: int = 0          # articles finished in this run (analysed or failed)
    analysed: int = 0
    errors: int = 0
    partitions_done: int = 0   # written in this run
    partitions_reused: int = 0  # done by an earlier run
    partitions_seen: int = 0
    enumerated: bool = False   # every partition has been seen: partitions_seen is the total
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0


@dataclass
class BatchReport:
    status: str                 # complete, stopped or interrupted
    articles: int               # articles in the inputs
    analysed: int               # in the output (this run and earlier ones)
    errors: int                 # articles that could not be analysed
    input_errors: int           # inputs (or parts of them) that could not be read
    failed: int                 # articles of partitions whose task failed (retried on resume)
    not_run: int                # articles of partitions a stop left undone
    analysed_now: int           # analysed by this run
    elapsed: float
    workers: int
    partitions: list[dict] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles analysed per second by this run."""
        return self.analysed_now / self.elapsed if self.elapsed > 0 else 0.0


@contextmanager
def open_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a new local cluster with `workers` worker
    processes (one per core by default) of one thread each."""
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"No Dask scheduler answers at {scheduler} ({exc}).") from exc
        with client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        yield client


def _check_workers(client: Client, fingerprint: str) -> None:
    """There is a worker, and every worker runs this extractor."""
    try:
        client.wait_for_workers(1, timeout=120)
    except TimeoutError as exc:
        raise BatchError("the Dask cluster has no worker (none joined in 2 minutes).") from exc
    found = client.run(extractor_fingerprint)
    other = {addr: fp for addr, fp in found.items() if fp != fingerprint}
    if other:
        addr, fp = next(iter(other.items()))
        raise BatchError(f"the worker at {addr} runs another extractor ({fp}; this one is "
                         f"{fingerprint}): install the same Sanad on every worker.")


def run_batch(inputs: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str],
              client: Client, *, partition_size: int = DEFAULT_SIZE,
              progress: Callable[[Progress], None] | None = None,
              should_stop: Callable[[], bool] | None = None) -> BatchReport:
    """Analyse every article of `inputs` on the cluster of `client` into the folder `out`."""
    started, t0 = datetime.now(UTC), time.perf_counter()
    fingerprint = extractor_fingerprint()
    _check_workers(client, fingerprint)
    client.register_plugin(WarmModels())
    output = OutputDir(out)
    input_errors: list[InputError] = []
    source = partitions(enumerate_inputs(inputs), partition_size, input_errors)
    state = Progress()
    markers: dict[int, dict] = {}
    status_of: dict[int, str] = {}
    failures: dict[int, str] = {}
    sizes: dict[int, int] = {}
    in_flight: dict[str, tuple[Future, Partition]] = {}
    queue = as_completed()

    def submit_next() -> None:
        for part in source:
            state.partitions_seen += 1
            sizes[part.index] = len(part.refs)
            done = output.done_marker(part, fingerprint)
            if done is not None:
                markers[part.index], status_of[part.index] = done, "reused"
                state.partitions_reused += 1
                continue
            future = client.submit(analyse_partition, part.index, part.refs,
                                   key=f"sanad-{part.name}-{uuid4().hex[:8]}", retries=1)
            in_flight[future.key] = (future, part)
            queue.add(future)
            return
        state.enumerated = True

    def fill() -> None:
        """Keep TASKS_PER_THREAD partitions in flight per worker thread (workers may join)."""
        window = max(2, TASKS_PER_THREAD * sum(client.nthreads().values()))
        while len(in_flight) < window and not state.enumerated:
            submit_next()

    def report() -> None:
        state.elapsed = time.perf_counter() - t0
        if progress:
            progress(state)

    status = "failed"  # until the loop ends: an exception leaves what is on disk as it is
    try:
        fill()
        report()
        for future in queue:
            part = in_flight.pop(future.key)[1]
            try:
                result: PartitionResult = future.result()
                if result.fingerprint != fingerprint:
                    raise BatchError(f"a worker (process {result.worker_pid}) runs another "
                                     f"extractor ({result.fingerprint}): install the same Sanad "
                                     "on every worker")
            except Exception as exc:  # the task itself failed (a worker killed too often …)
                failures[part.index] = f"{type(exc).__name__}: {exc}"
                status_of[part.index] = "failed"
                state.articles += len(part.refs)
            else:
                markers[part.index] = output.write_partition(
                    part, result.data, result.analysed, result.errors, fingerprint)
                status_of[part.index] = "done"
                state.partitions_done += 1
                state.articles += len(part.refs)
                state.analysed += result.analysed
                state.errors += len(result.errors)
            del future
            report()
            if should_stop and should_stop():
                status = "stopped"
                break
            fill()
        else:
            status = "complete"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if in_flight:  # stopped: what is still queued or running is not wanted
            client.cancel([f for f, _ in in_flight.values()])
            in_flight.clear()
        if status == "complete":
            state.enumerated = True
            output.remove_partitions_from(state.partitions_seen)
        report()
        final = _finish(output, inputs, fingerprint, partition_size, status, input_errors,
                        markers, status_of, failures, sizes, state, started,
                        time.perf_counter() - t0, len(client.nthreads()),
                        _scheduler_address(client))
    return final


def _scheduler_address(client: Client) -> str:
    try:
        return client.scheduler.address
    except AttributeError:
        return ""


def _finish(output: OutputDir, inputs: Sequence[str | os.PathLike[str]], fingerprint: str,
            partition_size: int, status: str, input_errors: list[InputError],
            markers: dict[int, dict], status_of: dict[int, str], failures: dict[int, str],
            sizes: dict[int, int], state: Progress, started: datetime, elapsed: float,
            workers: int, scheduler: str) -> BatchReport:
    """errors.jsonl and manifest.json from the markers, and the report of the run."""
    ordered = [markers[i] for i in sorted(markers)]
    output.write_errors(input_errors, ordered)
    table = []
    for index in sorted(sizes):
        marker = markers.get(index)
        row = {"index": index, "file": output.part_path(index).name,
               "status": status_of.get(index, "not run"), "articles": sizes[index],
               "analysed": marker["analysed"] if marker else 0,
               "errors": len(marker["errors"]) if marker else 0}
        if index in failures:
            row["message"] = failures[index]
        table.append(row)
    articles = sum(sizes.values())
    analysed = sum(m["analysed"] for m in ordered)
    errors = sum(len(m["errors"]) for m in ordered)
    failed = sum(sizes[i] for i in failures)
    not_run = sum(sizes[i] for i in sizes if i not in markers and i not in failures)
    report = BatchReport(status=status, articles=articles, analysed=analysed, errors=errors,
                         input_errors=len(input_errors), failed=failed, not_run=not_run,
                         analysed_now=state.analysed, elapsed=elapsed, workers=workers,
                         partitions=table)
    output.write_manifest({
        "status": status,
        "inputs": [str(Path(p).resolve()) for p in inputs],
        "fingerprint": fingerprint,
        "partition_size": partition_size,
        "counts": {"articles": articles, "analysed": analysed, "errors": errors,
                   "input_errors": len(input_errors), "failed": failed, "not_run": not_run,
                   "partitions": len(sizes), "partitions_done": state.partitions_done,
                   "partitions_reused": state.partitions_reused,
                   "partitions_failed": len(failures)},
        "enumerated": state.enumerated,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "elapsed_s": round(elapsed, 3),
        "analysed_this_run": state.analysed,
        "articles_per_s": round(report.rate, 2),
        "workers": workers,
        "scheduler": scheduler,
        "partitions": table,
    })
    return report
