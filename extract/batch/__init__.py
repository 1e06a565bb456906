"""Archive-scale analysis on a Dask cluster: `python -m extract batch INPUT... --out DIR`.

A newsroom's archive (10^5 to 10^6 articles) is analysed once, on a local cluster of processes or
on many machines (`dask scheduler` / `dask worker`), and the library then imports the results.

- `inputs`: the inputs as a stream of lightweight references (path, archive member, line offset),
  never the articles themselves, in a stable order;
- `records`: one reference -> its article and metadata (files, archive members, JSONL lines,
  SaudiNewsNet-style JSON lists), or a clear message;
- `partition`: references grouped into partitions, each with a digest of what it covers;
- `task`: what a worker runs on one partition (load, analyse, serialise with `extract.schema`);
- `output`: the output folder (partitioned JSONL, errors.jsonl, manifest.json, done markers),
  every file written atomically;
- `run`: the client side: the cluster, the window of submitted partitions, resume, progress.

Dask is an optional dependency (the `batch` group) that the desktop app never imports; only
`task` and `run` import it.
"""
