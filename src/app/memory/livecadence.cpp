// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/livecadence.h"

#include <algorithm>
#include <ctime>

namespace oomapp {

std::chrono::milliseconds LiveCadence::intervalAfter(std::chrono::nanoseconds cpuSpent) const
{
    using namespace std::chrono;
    if (budgetShare <= 0)
        return maximum;
    const auto wanted = duration_cast<milliseconds>(duration<double, std::nano>(
        double(std::max(cpuSpent, nanoseconds::zero()).count()) / budgetShare));
    return std::clamp(wanted, minimum, std::max(minimum, maximum));
}

std::chrono::nanoseconds threadCpuTime()
{
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return {};
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

} // namespace oomapp
