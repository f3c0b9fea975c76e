// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <chrono>

// How often a live page may re-read the system so that it costs a bounded share of one
// CPU core, whatever the machine: a read of 3,000 processes costs tens of milliseconds,
// one of 30,000 ten times that, and `top -b -d 1` itself takes about a tenth of a core on
// the first (README "Benchmarks"). The next read waits until the last one's CPU time is
// that share of the wait, never less than the minimum (the page is still live) and never
// more than the maximum (the page never looks frozen; past it the budget gives way).
namespace oomapp {

struct LiveCadence {
    double budgetShare = 0.01; // of one core, for reading and for delivering to the models
    std::chrono::milliseconds minimum{2000};
    std::chrono::milliseconds maximum{30000};

    std::chrono::milliseconds intervalAfter(std::chrono::nanoseconds cpuSpent) const;
};

// CPU time the calling thread has used so far (CLOCK_THREAD_CPUTIME_ID).
std::chrono::nanoseconds threadCpuTime();

} // namespace oomapp
