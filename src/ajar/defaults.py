"""One home for the defaults and bounds of a scan (as httpx's ``_config.py``).

The command line's options, :class:`~ajar.config.ScanConfig` and
:class:`~ajar.probes.base.Limits` all read these constants; none repeats a number.
"""

from __future__ import annotations

#: every built-in probe's default ports, sorted: the ports swept when none are named (the registry's
#: own ``default_ports``, kept equal by a contract test, so a scan of local files imports no driver)
PORTS = (1883, 2181, 2281, 2379, 3306, 3307, 4566, 5432, 5433, 5984, 6379, 6380, 6984, 8086, 8123, 8443, 8883,
         9000, 9200, 9201, 9440, 9900, 11211, 27017, 27018, 27019)  # fmt: skip
#: records sampled per dataset (``--sample``)
SAMPLE = 50
#: the largest ``--sample`` accepted
SAMPLE_MAX = 10_000
#: datasets inventoried per service
MAX_DATASETS = 100
#: directory levels read below a local path (``--depth``)
FILE_DEPTH = 4
#: processes that read and classify local files at once (``--jobs``) by default at most: the usable CPUs, up to this
JOBS = 4
#: the largest ``--jobs`` accepted
JOBS_MAX = 64
#: the largest ``--depth`` accepted
FILE_DEPTH_MAX = 64
#: the largest ``max_datasets`` accepted
MAX_DATASETS_MAX = 100_000
#: keys/objects scanned to find datasets in key-value and object stores
MAX_KEYS = 2000
#: bytes read of one value (longer values are cut)
MAX_VALUE_BYTES = 64 * 1024
#: seconds per network operation (``--timeout``)
TIMEOUT = 5.0
#: total time of each stage of one service, as multiples of ``--timeout``: a deadline, not an
#: idle timeout, so a server that trickles a byte at a time ends as ``timeout`` like a silent one
IDENTIFY_TIMEOUTS = 3
ACCESS_TIMEOUTS = 3
INVENTORY_TIMEOUTS = 6
SAMPLE_TIMEOUTS = 4
#: a dataset's classification (a network sample's, and a local file's), as multiples of ``--timeout``: a local
#: file's in the classifying thread's CPU time, so a loaded machine reports what an idle one does; a network
#: sample's as a wall-clock deadline, its thread stopping itself at half of it in CPU time
CLASSIFY_TIMEOUTS = 4
#: field paths classified per dataset at most: the first ones, in the order the sample holds them (the
#: rest are counted in a note). Classification costs grow with the square of a dataset's width (every
#: field reads its neighbours' names and evidence): 2,000 fields took 11 s. 1,000 is about what one table
#: of a relational engine can hold (MySQL/InnoDB 1,017 columns, SQL Server 1,024); the widest dataset of
#: ajar's real-world training sets has about 500 field paths
MAX_FIELDS = 1_000
#: the least time identification gets in total, in seconds (one handshake per candidate probe)
IDENTIFY_MIN_SECONDS = 6.0
#: the longest ``--timeout`` accepted, in seconds
TIMEOUT_MAX = 120.0
#: seconds per TCP connect during discovery
CONNECT_TIMEOUT = 1.5
#: connections in flight during discovery (``--concurrency``)
CONCURRENCY = 256
#: the largest ``--concurrency`` accepted
CONCURRENCY_MAX = 10_000
#: connections in flight per host during discovery (``--max-per-host``): gentle on fragile hosts
PER_HOST = 4
#: TCP connects started per second during discovery (``--rate``; 0 on the command line: no pacing)
RATE = 1000.0
#: the largest ``--rate`` accepted
RATE_MAX = 10_000_000.0
#: services probed at once
SERVICES = 16
#: seconds a stream-shaped engine (MQTT) is listened to
LISTEN_SECONDS = 3.0
#: the largest scope accepted, in addresses
MAX_ADDRESSES = 65_536
