#!/usr/bin/env python3
"""Runs a command and reports the CPU-seconds of its whole process tree, Chromium included.

`/usr/bin/time` only counts children a process waited for; Playwright's driver and the Chromium it starts are not
waited for by the test host, so `time` leaves out most of a browser suite's CPU. This samples /proc every 0.1 s
instead (user + system time of every descendant, last value seen) and prints the total by kind of process.
Usage: python3 Tests/WebResources/cpu-seconds.py -- env CI=true dotnet test Tests/WebResources/CrmSpm.WebResources.Tests
"""
import collections
import os
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def processes():
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/cmdline") as cmdline:
                command = cmdline.read().replace("\0", " ")
        except OSError:
            continue
        found[int(pid)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS, command)
    return found


def kind(command):
    if "chromium" in command or "chrome" in command:
        switch = next((part for part in command.split() if part.startswith("--type=")), "--type=browser")
        return "chromium " + switch[len("--type="):]
    if "run-driver" in command:
        return "playwright driver (node)"
    parts = command.split()
    return os.path.basename(parts[0]) if parts else "(exited before its name was read)"


def main():
    command = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else sys.argv[1:]
    load_before = os.getloadavg()
    started = time.monotonic()
    child = subprocess.Popen(command)
    seen = {}
    while child.poll() is None:
        tree = processes()
        family = {child.pid}
        for _ in range(8):  # a few passes reach grandchildren started since the last sample
            family |= {pid for pid, (parent, _, _) in tree.items() if parent in family}
        for pid in family & tree.keys():
            _, cpu, cmd = tree[pid]
            seen[pid] = (cpu, cmd or seen.get(pid, (0, ""))[1])
        time.sleep(0.1)
    wall = time.monotonic() - started
    totals = collections.defaultdict(lambda: [0.0, 0])
    for cpu, cmd in seen.values():
        totals[kind(cmd)][0] += cpu
        totals[kind(cmd)][1] += 1
    print(f"\nwall {wall:.0f} s; CPU {sum(t[0] for t in totals.values()):.0f} s (user + system, every process of the tree); "
          f"load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after")
    for name, (cpu, count) in sorted(totals.items(), key=lambda item: -item[1][0]):
        print(f"  {cpu:7.1f} s  {count:4d} processes  {name}")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
