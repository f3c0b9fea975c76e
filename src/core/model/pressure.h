// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QtGlobal>

#include <optional>

namespace oom {

// One line of a pressure stall information file (kernel/sched/psi.c, 4.20+):
// "some avg10=0.00 avg60=0.00 avg300=0.00 total=0". The averages are percentages of
// wall time; total is the cumulative stall time in microseconds (use deltas).
struct PsiLine {
    double avg10 = 0;
    double avg60 = 0;
    double avg300 = 0;
    qint64 totalUs = 0;

    bool operator==(const PsiLine &) const = default;
};

// /proc/pressure/{memory,cpu,io} or a cgroup v2 *.pressure file. "full" is absent from
// /proc/pressure/cpu before 5.13 (and reads all zero at the system level after it).
struct Pressure {
    std::optional<PsiLine> some;
    std::optional<PsiLine> full;

    bool isEmpty() const { return !some && !full; }
    bool operator==(const Pressure &) const = default;
};

} // namespace oom
