"""Times whole processes, interleaved, and prints medians against a baseline.

Usage: time_commands.py RUNS TIME_TARGET MEMORY_TARGET NAME=ARGV_JSON ...
The first command is the baseline; each is run RUNS times in turn (so load drifts hit all alike),
stdout to /dev/null. Prints the median wall time, the ratio to the baseline's median and the peak
resident set. Exits 1 when a command fails. Standard library only.
"""
import json
import os
import statistics
import sys
import time


def run(argv):
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, dict(os.environ),
                          file_actions=[(os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main():
    runs, time_target, memory_target = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    commands = dict(item.split("=", 1) for item in sys.argv[4:])
    commands = {name: json.loads(argv) for name, argv in commands.items()}
    times = {name: [] for name in commands}
    peaks = {name: 0 for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            elapsed, peak, code = run(argv)
            if code != 0:
                sys.exit(f"{name} failed with exit status {code}")
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
    baseline = statistics.median(next(iter(times.values())))
    width = max(len(name) for name in commands)
    print(f"{'command':{width}} {'median ms':>10} {'ratio':>7} {'peak MiB':>9}")
    for name in commands:
        median = statistics.median(times[name])
        print(f"{name:{width}} {median * 1000:10.2f} {median / baseline:7.2f} {peaks[name] / 1024:9.1f}")
    first = next(iter(commands))
    print(f"ratio = median time / {first}'s; target: {time_target}")
    print(f"peak = max resident set; target: {memory_target}")


if __name__ == "__main__":
    main()
