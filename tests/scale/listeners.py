"""A test helper process: TCP listeners on random addresses of a loopback network.

    python tests/scale/listeners.py NETWORK COUNT SEED [PORT]

Binds COUNT listeners at random addresses of NETWORK on one free port (PORT if given),
prints ``{"port": P, "hosts": [...]}`` on one line, then accepts and closes every
connection at once (so a probe learns quickly that nothing is there), counting them per
address; SIGUSR1 prints the counts so far as JSON on stderr, SIGTERM prints them and exits.
"""

from __future__ import annotations

import ipaddress
import json
import random
import selectors
import signal
import socket
import sys


def main() -> None:
    net = ipaddress.ip_network(sys.argv[1])
    count, seed = int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    hosts = [str(net.network_address + rng.randrange(1, net.num_addresses - 1)) for _ in range(count * 3)]
    hosts = list(dict.fromkeys(hosts))[:count]
    port = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    socks: list[socket.socket] = []
    for _ in range(50):
        try:
            for h in hosts:
                s = socket.socket()
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                s.bind((h, port))
                port = s.getsockname()[1]
                s.listen(128)
                socks.append(s)
            break
        except OSError:
            for s in socks:
                s.close()
            socks, port = [], 0
    sel = selectors.DefaultSelector()
    for s in socks:
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ)
    hits: dict[str, int] = {}

    def bye(*_: object) -> None:
        sys.stderr.write(json.dumps(hits) + "\n")
        sys.stderr.flush()
        sys.exit(0)

    def counts(*_: object) -> None:
        sys.stderr.write(json.dumps(hits) + "\n")
        sys.stderr.flush()

    signal.signal(signal.SIGTERM, bye)
    signal.signal(signal.SIGUSR1, counts)
    print(json.dumps({"port": port, "hosts": hosts}), flush=True)
    while True:
        for key, _ in sel.select():
            try:
                c, _addr = key.fileobj.accept()  # type: ignore[union-attr]
            except OSError:
                continue
            h = c.getsockname()[0]
            hits[h] = hits.get(h, 0) + 1
            c.close()


if __name__ == "__main__":
    main()
