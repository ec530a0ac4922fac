"""Screening many names: streaming, in input order, with bounded memory.

:func:`~brandcheck.batch.engine.stream` runs the offline pipeline (:func:`brandcheck.pipeline.assess`)
over any iterable of names in chunks, on this process, on a pool of worker processes, or on a
Dask cluster (:mod:`brandcheck.batch.cluster`, the ``[dask]`` extra), and yields reports in input
order as they are done. Reading name files and writing results as they come are in
:mod:`brandcheck.batch.files`.
"""
