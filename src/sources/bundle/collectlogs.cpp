// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/bundle/collectlogs.h"

#include "core/parse/pipeline/logparser.h"
#include "sources/input/filestream.h"
#include "sources/input/journalentry.h"
#include "sources/input/kmsgreader.h"
#include "sources/input/linesink.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <vector>

#ifdef OOMLENS_HAVE_LIBSYSTEMD
#include <systemd/sd-id128.h>
#include <systemd/sd-journal.h>

#include "sources/input/sdjournalentry.h"
#endif

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// Appends lines to a buffer; past `maxBytes` it drops the oldest lines, keeping the newest.
class TailSink : public LineSink
{
public:
    TailSink(QByteArray &out, qint64 maxBytes)
        : m_out(out)
        , m_max(maxBytes)
    {
    }
    void addLine(QByteArrayView line, qint64) override
    {
        m_out.append(line);
        m_out.append('\n');
        ++m_lines;
        // Trim in batches (at a quarter over the limit) so the copy is amortised.
        if (m_out.size() > m_max + m_max / 4)
            trim();
    }
    void addGap() override { }
    void trim()
    {
        if (m_out.size() <= m_max)
            return;
        qsizetype cut = m_out.size() - m_max;
        const qsizetype nl = m_out.indexOf('\n', cut - 1);
        cut = nl < 0 ? m_out.size() : nl + 1;
        m_out.remove(0, cut);
        m_trimmed = true;
    }
    bool trimmed() const { return m_trimmed; }
    qint64 lines() const { return m_lines; }

private:
    QByteArray &m_out;
    qint64 m_max;
    qint64 m_lines = 0;
    bool m_trimmed = false;
};

QString formatMiB(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3) + u" MiB"_s;
}

#ifdef OOMLENS_HAVE_LIBSYSTEMD

bool openJournal(SdJournal &journal, LogCapture &out)
{
    if (const int r = sd_journal_open(&journal.j, SD_JOURNAL_LOCAL_ONLY); r < 0) {
        out.problems.append(
            CollectLogs::tr("the journal cannot be opened: %1").arg(describeSdError(r)));
        return false;
    }
    // A kernel message is one line; 64 KiB (the default) cuts only absurd ones.
    if (::geteuid() != 0)
        out.problems.append(
            CollectLogs::tr("not root: the journal shows only what this user may "
                            "read (members of systemd-journal or adm see the "
                            "system journal)"));
    return true;
}

QByteArray currentBootMatch()
{
    sd_id128_t boot;
    if (sd_id128_get_boot(&boot) < 0)
        return {};
    char text[SD_ID128_STRING_MAX];
    return QByteArray("_BOOT_ID=") + sd_id128_to_string(boot, text);
}

struct Collected {
    std::vector<JournalEntry> entries; // newest first
    qint64 bytes = 0;
    bool full = false;
    void add(JournalEntry entry, qint64 maxBytes)
    {
        bytes += entry.message.size() + 96; // the prefix the line will get
        if (bytes > maxBytes) {
            full = true;
            return;
        }
        entries.push_back(std::move(entry));
    }
};

bool anchored(const QByteArray &message)
{
    static const QList<QByteArrayView> anchors = eventAnchors();
    return std::any_of(anchors.cbegin(), anchors.cend(), [&](QByteArrayView a) {
        return QByteArrayView(message).contains(a);
    });
}

#endif

} // namespace

LogCapture CollectLogs::kernelLog(qint64 maxBytes, Deadline deadline,
                                  const std::atomic_bool &cancel)
{
    LogCapture out;
    TailSink sink(out.text, maxBytes);
    const KmsgReadResult kmsg = KmsgReader::read(sink);
    sink.trim();
    if (kmsg.opened && kmsg.records > 0) {
        out.source = u"/dev/kmsg"_s;
        out.entries = kmsg.records;
        if ((out.truncated = sink.trimmed()))
            out.problems.append(
                tr("the oldest records were left out to stay within %1").arg(formatMiB(maxBytes)));
        return out;
    }
    out.text.clear();
    out.problems.append(kmsg.opened ? tr("/dev/kmsg holds no records")
                            : (kmsg.errnum == EPERM || kmsg.errnum == EACCES)
                            ? tr("/dev/kmsg: permission denied (kernel.dmesg_restrict is set)")
                            : tr("/dev/kmsg: %1").arg(kmsg.error));
#ifdef OOMLENS_HAVE_LIBSYSTEMD
    SdJournal journal;
    if (!openJournal(journal, out))
        return out;
    const QByteArray boot = currentBootMatch();
    if (boot.isEmpty() || sd_journal_add_match(journal.j, boot.constData(), 0) < 0
        || sd_journal_add_match(journal.j, "_TRANSPORT=kernel", 0) < 0) {
        out.problems.append(tr("the journal cannot be queried for this boot"));
        return out;
    }
    sd_journal_seek_head(journal.j);
    qint64 n = 0;
    while (sd_journal_next(journal.j) > 0) {
        if ((++n & 255) == 0 && (cancel || std::chrono::steady_clock::now() > deadline)) {
            out.truncated = true;
            out.problems.append(tr("the time limit ended the journal read"));
            break;
        }
        emitJournalEntry(currentJournalEntry(journal.j), n, sink);
    }
    sink.trim();
    out.entries = n;
    if (sink.trimmed()) {
        out.truncated = true;
        out.problems.append(
            tr("the oldest messages were left out to stay within %1").arg(formatMiB(maxBytes)));
    }
    if (n > 0)
        out.source = tr("the journal (kernel messages of this boot)");
    else
        out.problems.append(tr("the journal holds no kernel messages of this boot"));
#else
    Q_UNUSED(deadline)
    Q_UNUSED(cancel)
    out.problems.append(tr("the journal: this build has no libsystemd"));
#endif
    return out;
}

LogCapture CollectLogs::journalOom(qint64 maxBytes, Deadline deadline,
                                   const std::atomic_bool &cancel)
{
    LogCapture out;
#ifdef OOMLENS_HAVE_LIBSYSTEMD
    SdJournal journal;
    if (!openJournal(journal, out))
        return out;
    const auto expired = [&](qint64 n) {
        return (n & 255) == 0 && (cancel || std::chrono::steady_clock::now() > deadline);
    };
    // 1. The userspace side, every boot, newest first. Matches on one field are ORed;
    // add_disjunction ORs the groups.
    Collected userspace;
    sd_journal *j = journal.j;
    int r = sd_journal_add_match(j, "MESSAGE_ID=fe6faa94e7774663a0da52717891d8ef", 0);
    if (r >= 0)
        r = sd_journal_add_match(j, "MESSAGE_ID=d989611b15e44c9dbf31e3c81256e4ed", 0);
    if (r >= 0)
        r = sd_journal_add_disjunction(j);
    if (r >= 0)
        r = sd_journal_add_match(j, "UNIT_RESULT=oom-kill", 0);
    if (r >= 0)
        r = sd_journal_add_disjunction(j);
    for (const char *ident : {"SYSLOG_IDENTIFIER=systemd-oomd", "SYSLOG_IDENTIFIER=earlyoom",
                              "SYSLOG_IDENTIFIER=nohang"}) {
        if (r >= 0)
            r = sd_journal_add_match(j, ident, 0);
    }
    qint64 n = 0;
    bool timedOut = false;
    if (r >= 0 && sd_journal_seek_tail(j) >= 0) {
        while (!userspace.full && sd_journal_previous(j) > 0) {
            if ((timedOut = expired(++n)))
                break;
            userspace.add(currentJournalEntry(j), maxBytes / 4);
        }
    }
    sd_journal_flush_matches(j);

    // 2. The kernel's side of previous boots (this boot's is logs/kernel.log): from the
    // start of this boot backwards, anchor lines with their context.
    Collected kernel;
    const QByteArray boot = currentBootMatch();
    uint64_t bootStart = 0;
    if (!boot.isEmpty() && sd_journal_add_match(j, boot.constData(), 0) >= 0
        && sd_journal_seek_head(j) >= 0 && sd_journal_next(j) > 0)
        sd_journal_get_realtime_usec(j, &bootStart);
    sd_journal_flush_matches(j);
    sd_id128_t current = {};
    sd_id128_get_boot(&current);
    const bool seeked = sd_journal_add_match(j, "_TRANSPORT=kernel", 0) >= 0
        && (bootStart ? sd_journal_seek_realtime_usec(j, bootStart) : sd_journal_seek_tail(j)) >= 0;
    std::deque<JournalEntry> context; // newer lines, waiting for an anchor
    int takeOlder = 0;
    sd_id128_t lastBoot = {};
    const qint64 kernelBudget = maxBytes - userspace.bytes;
    while (seeked && !timedOut && !kernel.full && sd_journal_previous(j) > 0) {
        if ((timedOut = expired(++n)))
            break;
        uint64_t monotonic = 0;
        sd_id128_t entryBoot = {};
        if (sd_journal_get_monotonic_usec(j, &monotonic, &entryBoot) < 0
            || sd_id128_equal(entryBoot, current))
            continue;
        if (!sd_id128_equal(entryBoot, lastBoot)) { // a report never spans two boots
            context.clear();
            takeOlder = 0;
            lastBoot = entryBoot;
        }
        JournalEntry entry = currentJournalEntry(j);
        if (anchored(entry.message)) {
            for (JournalEntry &newer : context)
                kernel.add(std::move(newer), kernelBudget);
            context.clear();
            kernel.add(std::move(entry), kernelBudget);
            takeOlder = AnchorWindowLines;
        } else if (takeOlder > 0) {
            --takeOlder;
            kernel.add(std::move(entry), kernelBudget);
        } else {
            context.push_back(std::move(entry));
            if (context.size() > std::size_t(AnchorWindowLines))
                context.pop_front();
        }
    }

    // Both lists are newest first; oldest first and merged by time for the engine.
    std::reverse(userspace.entries.begin(), userspace.entries.end());
    std::reverse(kernel.entries.begin(), kernel.entries.end());
    std::vector<JournalEntry> all;
    all.reserve(userspace.entries.size() + kernel.entries.size());
    std::merge(kernel.entries.begin(), kernel.entries.end(), userspace.entries.begin(),
               userspace.entries.end(), std::back_inserter(all),
               [](const JournalEntry &a, const JournalEntry &b) {
                   return a.realtimeUsec < b.realtimeUsec;
               });
    TailSink sink(out.text, maxBytes);
    qint64 line = 0;
    for (const JournalEntry &entry : all)
        emitJournalEntry(entry, ++line, sink);
    out.entries = qint64(all.size());
    out.source = tr("the journal");
    if (all.empty()) {
        sd_journal_flush_matches(j);
        const bool anything = sd_journal_seek_head(j) >= 0 && sd_journal_next(j) > 0;
        out.problems.append(anything ? tr("the journal holds no OOM-related entries")
                                     : tr("the journal is empty or absent for this user (no "
                                          "readable files under /var/log/journal or "
                                          "/run/log/journal)"));
    }
    if (timedOut)
        out.problems.append(tr("the time limit ended the journal read; older entries are missing"));
    if (userspace.full || kernel.full)
        out.problems.append(
            tr("older entries were left out to stay within %1").arg(formatMiB(maxBytes)));
    out.truncated = timedOut || userspace.full || kernel.full;
#else
    Q_UNUSED(maxBytes)
    Q_UNUSED(deadline)
    Q_UNUSED(cancel)
    out.problems.append(tr("the journal: this build has no libsystemd"));
#endif
    return out;
}

} // namespace oom
