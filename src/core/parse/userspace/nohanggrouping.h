// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/logrecord.h"
#include "core/parse/userspace/userspacekillevents.h"
#include "core/parse/userspace/userspacekillwindow.h"

#include <QList>

#include <optional>
#include <utility>

namespace oom {

// The part of UserspaceKillCollector that groups nohang's lines: one cycle of nohang (the
// memory status, the victim with the highest badness and its status, "Implement a
// corrective action:") ends in the action line that starts the event; the response and
// the victim's fate after it are added until the next cycle starts.
class NohangGrouping
{
public:
    // `index` numbers the records the collector saw. A continuation is offered only when
    // this grouping took the record it continues.
    bool add(const LogRecord &record, qint64 index, bool continuation);
    void closeStale(const LogRecord &record, qint64 index);
    void finish();
    bool wantsContext() const { return m_open.has_value() || m_inCycle; }
    // Completed events; ownership passes to the caller.
    QList<OomEvent> takeDone() { return std::exchange(m_done, {}); }

private:
    void close();
    void resetCycle();
    void mark(const LogRecord &record, qint64 index);

    QList<OomEvent> m_done;
    std::optional<userspacewindow::OpenEvent> m_open;
    NohangContext m_context; // what the cycle said before its action
    bool m_inCycle = false;
    qint64 m_cycleIndex = 0;
    std::optional<QDateTime> m_cycleTime;
};

} // namespace oom
