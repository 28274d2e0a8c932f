"""Scans shared out over a work queue: NATS JetStream between machines, an in-process queue locally.

* :mod:`ajar.cluster.signing`: the coordinator's Ed25519 key; every shard travels signed.
* :mod:`ajar.cluster.queue`: the :class:`~ajar.cluster.queue.WorkQueue` contract and its two
  implementations (JetStream work-queue stream + pull consumer; an in-process queue with the
  same acks, redelivery and back-pressure).
* :mod:`ajar.cluster.work`: the coordinator (shards the seeded permutation, gathers results,
  idempotent by (run, stage, address, port)) and the worker (verifies a shard, runs the same
  stage code as a local scan on it, publishes each finished service).
"""
