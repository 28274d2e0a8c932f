"""Wire formats of the engines ajar speaks raw: one module per engine, beside its probe.

Each module holds the hand-written frame codec of one engine (ZGrab2 keeps its ``types.go``
beside each module the same way): pure functions over ``bytes``, no sockets, no probe state.
Encoders build what ajar sends; decoders take what a server sent and either return it parsed
or raise :class:`~ajar.errors.ProtocolMismatch` (a truncated frame, a length beyond the frame
or beyond a bound, a field of the wrong shape). A decoder never reads past its input, never
allocates more than its input or its bound, and runs in time linear in its input; the fuzz
tests in ``tests/probes/wire/`` hold each one to that against truncated and garbage frames.

Not probes: the registry contract (``tests/contract/test_probes.py``) skips this package and
requires a test module per codec instead.
"""
