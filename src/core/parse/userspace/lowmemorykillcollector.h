// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/logrecord.h"
#include "core/parse/userspace/lowmemorykillerlines.h"

#include <QList>

#include <optional>

namespace oom {

// Turns the kill lines of Android's and ChromeOS's low-memory killers
// (lowmemorykillerlines.h) into events of kind UserspaceKill: one per kill, with the lines
// that continue a multi-line kill (lmkd of Android 8, the kernel's staging driver) attached.
// The kernel driver is no userspace program, but like them it kills before the kernel's
// OOM killer would, on thresholds of its own, so its kills are read the same way.
class LowMemoryKillCollector
{
public:
    // True when the record was a kill line or continued the open one.
    bool add(const LogRecord &record);
    void finish();
    QList<OomEvent> takeEvents();
    bool wantsContext() const { return m_open.has_value(); }

private:
    void close();

    struct Open {
        lowmemorykiller::Kill kill;
        OomEvent event;
        QString ident;
    };
    std::optional<Open> m_open;
    QList<OomEvent> m_done;
};

} // namespace oom
