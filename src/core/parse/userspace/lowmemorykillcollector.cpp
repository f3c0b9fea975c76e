// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/lowmemorykillcollector.h"

#include "core/parse/userspace/userspacekillevents.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// The lines of one multi-line kill are printed together (one ALOGI or printk); a few
// lines of other output may come between them in a merged log.
constexpr qint64 ContinuationLines = 4;

OomEvent startEvent(const LogRecord &record, const lowmemorykiller::Kill &kill)
{
    OomEvent event = startUserspaceEvent(record, kill.killer);
    Victim victim;
    victim.pid = kill.pid;
    victim.comm = kill.comm;
    victim.line = record.lines;
    event.victims.append(victim);
    // lmkd and the kernel driver send SIGKILL (kill(pid, SIGKILL), send_sig(SIGKILL, …));
    // Chrome discards a tab or asks ARC++ to kill the app, which the log does not detail.
    if (kill.killer != Killer::ChromeOs)
        event.userspace.signal = u"SIGKILL"_s;
    return event;
}

// What the kill said, copied into the event once its lines are complete.
void fill(OomEvent &event, const lowmemorykiller::Kill &kill)
{
    Victim &victim = event.victims.first();
    victim.uid = kill.uid;
    victim.oomScoreAdj = kill.oomScoreAdj;
    victim.rssKb = kill.rssKb;
    victim.swapKb = kill.swapKb;
    event.userspace.reason = kill.reason;
    if (!kill.printed.isEmpty())
        event.notes.append(u"lowmemorykiller-figures-as-printed: "_s + kill.printed);
    if (!kill.onBehalfOfComm.isEmpty()) {
        event.trigger.comm = kill.onBehalfOfComm;
        event.trigger.pid = kill.onBehalfOfPid;
    }
}

} // namespace

bool LowMemoryKillCollector::add(const LogRecord &record)
{
    if (m_open && m_open->kill.expectsMore
        && m_open->event.lines.last + ContinuationLines >= record.lines.first
        && (m_open->ident.isEmpty() || record.ident.isEmpty() || record.ident == m_open->ident)
        && lowmemorykiller::applyContinuation(record.text, m_open->kill)) {
        m_open->event.lines.extend(record.lines);
        m_open->event.userspace.contextLines.extend(record.lines);
        return true;
    }
    auto kill = lowmemorykiller::parseKill(record.text);
    if (!kill) {
        if (m_open && m_open->event.lines.last + ContinuationLines < record.lines.first)
            close();
        return false;
    }
    close();
    m_open = Open{*kill, startEvent(record, *kill), record.ident};
    if (!kill->expectsMore)
        close();
    return true;
}

void LowMemoryKillCollector::close()
{
    if (!m_open)
        return;
    fill(m_open->event, m_open->kill);
    if (m_open->kill.expectsMore && !m_open->event.userspace.contextLines.isValid())
        m_open->event.notes.append(u"low-memory-kill-reason-not-in-log"_s);
    m_done.append(std::move(m_open->event));
    m_open.reset();
}

void LowMemoryKillCollector::finish()
{
    close();
}

QList<OomEvent> LowMemoryKillCollector::takeEvents()
{
    return std::exchange(m_done, {});
}

} // namespace oom
