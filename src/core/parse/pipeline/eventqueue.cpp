// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/pipeline/eventqueue.h"

namespace oom {

void EventQueue::push(OomEvent event)
{
    auto at = m_events.end();
    while (at != m_events.begin() && (at - 1)->lines.first > event.lines.first)
        --at;
    m_events.insert(at, std::move(event));
}

QList<OomEvent> EventQueue::release(qint64 currentLine, qint64 firstOpenLine, bool all)
{
    QList<OomEvent> out;
    qsizetype count = 0;
    if (all) {
        count = m_events.size();
    } else {
        while (count < m_events.size()) {
            const OomEvent &event = m_events.at(count);
            if (event.lines.last + HoldLines >= currentLine || event.lines.first >= firstOpenLine)
                break;
            ++count;
        }
    }
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        out.append(std::move(m_events[i]));
    m_events.remove(0, count);
    return out;
}

OomEvent *EventQueue::findUnreapedVictim(qint64 pid, Victim **victim)
{
    for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
        if (it->kind != EventKind::KernelOom)
            continue;
        for (Victim &v : it->victims) {
            if (v.pid == pid && !v.reaped && !v.reapFailed) {
                *victim = &v;
                return &*it;
            }
        }
    }
    return nullptr;
}

} // namespace oom
