"""Discovery speed and memory: ajar against `nmap -sT -Pn -n` on the same loopback block, same run.

    .venv/bin/python bench/scan/discover.py [runs]

1. Both discover 127.1.0.0/16 on two closed ports (131,072 TCP connects, no raw packets),
   ``runs`` times each, alternating. Each run is a child process; its wall time is measured
   around it, its CPU time (user + system) and peak RSS come from ``wait4``: the CPU of the
   child and of every process it waited for (ajar's second discovery process, when the machine
   has two CPUs), and the largest ``ru_maxrss`` among them (the kernel's high-water mark of a
   process, not a sample; ajar's processes are measured one by one, not summed).
2. Memory is flat in scope size: ajar then discovers 127.0.0.0/8 on the same two ports
   (33.5 million connects; ``--max-addresses`` raised on purpose), and its RSS is read from
   ``/proc/PID/status`` (VmRSS) after 20 s of scanning, before the process is stopped. The
   figure is compared with the /16 run's peak RSS.

ajar runs with ``--rate 0`` (no pacing: the default, 1000 connects/s, is for production hosts;
nmap's default timing, ``-T3``, does not pace either), ``--concurrency 512 --max-per-host 2``
and ``--no-store`` (nmap records no run either); its time includes its own start-up (imports).
ajar is measured as installed: its modules byte-compiled first (``compileall``, as pip does at
install), since this machine sets ``PYTHONDONTWRITEBYTECODE`` and a source tree would otherwise
be compiled again on every run.
The load average is printed before and after: the figures only compare within one run.

Pass: ajar's median time <= nmap's, ajar's peak RSS < 150 MB, and the /8 RSS at 20 s within
10 % of the /16 peak. Exit 0 on pass, 1 on fail, 2 when nmap is missing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BLOCK = "127.1.0.0/16"
PORTS = "1,2"
PY = sys.executable


def run(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one child process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        err = p.stderr.read().decode(errors="replace") if p.stderr else ""
        raise SystemExit(f"{cmd[:4]} failed with {p.returncode}: {err[-800:]}")
    if p.stderr:
        p.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def ajar(block: str, *extra: str) -> list[str]:
    return [PY, "-m", "ajar", "scan", block, "-p", PORTS, "-q", "--rate", "0", "--concurrency", "512",
            "--max-per-host", "2", "--no-store", *extra]


def rss_after(cmd: list[str], seconds: float) -> float:
    """VmRSS (MB) of a running child after ``seconds``; the child is then stopped (by its PID)."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(seconds)
        if p.poll() is not None:
            raise SystemExit(f"the /8 scan ended before {seconds} s (exit {p.returncode})")
        with open(f"/proc/{p.pid}/status") as f:
            kb = next(int(ln.split()[1]) for ln in f if ln.startswith("VmRSS:"))
        return kb / 1024
    finally:
        p.kill()
        p.wait()


def main(runs: int) -> int:
    if not shutil.which("nmap"):
        print("nmap is not installed (apt-get install nmap): no peer to measure against")
        return 2
    import compileall

    import ajar

    compileall.compile_dir(os.path.dirname(ajar.__file__), quiet=1)  # as pip does at install
    with tempfile.TemporaryDirectory(prefix="ajar-bench-state-") as state:
        os.environ["AJAR_STATE_DIR"] = state  # the /8 run is killed: its checkpoint goes with the directory
        return _bench(runs)


def _bench(runs: int) -> int:
    load = os.getloadavg()
    a_t, a_c, a_m, n_t, n_c, n_m = [], [], [], [], [], []
    for _ in range(runs):
        t, c, m = run(ajar(BLOCK))
        a_t.append(t)
        a_c.append(c)
        a_m.append(m)
        t, c, m = run(["nmap", "-sT", "-Pn", "-n", "-p", PORTS, BLOCK, "-oX", os.devnull])
        n_t.append(t)
        n_c.append(c)
        n_m.append(m)
    at, nt = statistics.median(a_t), statistics.median(n_t)
    ac, nc = statistics.median(a_c), statistics.median(n_c)
    peak = max(a_m)
    print(f"discover {BLOCK} x {PORTS} (131,072 connects), median of {runs}, on {os.cpu_count()} CPUs,"
          f" load average {load[0]:.1f} before, {os.getloadavg()[0]:.1f} after:")
    print(f"  nmap -sT -Pn -n : {nt:6.2f} s wall {nc:5.2f} s CPU  peak RSS {max(n_m):6.1f} MB"
          f"   runs {[round(x, 2) for x in n_t]}")
    print(f"  ajar --rate 0   : {at:6.2f} s wall {ac:5.2f} s CPU  peak RSS {peak:6.1f} MB"
          f"   runs {[round(x, 2) for x in a_t]}")
    print(f"  ajar/nmap       : wall {at / nt:.2f}, CPU {ac / nc:.2f}")
    rss8 = rss_after(ajar("127.0.0.0/8", "--max-addresses", str(1 << 24)), 20.0)
    drift = (rss8 - peak) / peak
    print(f"  ajar 127.0.0.0/8: VmRSS after 20 s {rss8:6.1f} MB ({drift:+.1%} against the /16 peak)")
    ok = at <= nt and peak < 150 and abs(drift) <= 0.10
    print(f"targets: time <= nmap, peak RSS < 150 MB, /8 within 10 % of /16: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
