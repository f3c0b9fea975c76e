// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/journalfiles.h"

#include "sources/input/journalentry.h"
#include "sources/input/linesink.h"

#include <QFile>

#include <vector>

#ifdef OOMLENS_HAVE_LIBSYSTEMD
#include <systemd/sd-id128.h>
#include <systemd/sd-journal.h>

#include "sources/input/sdjournalentry.h"
#endif

#include <cstring>

using namespace Qt::StringLiterals;

namespace oom {

QString JournalFiles::unavailableMessage()
{
    return tr(
        "binary journal files need libsystemd, which this build lacks; export the journal "
        "with `journalctl -o export` and analyse that");
}

#ifdef OOMLENS_HAVE_LIBSYSTEMD

namespace {

// Identifiers whose messages the engine reads besides the kernel's.
constexpr const char *UserspaceIdentifiers[] = {"systemd", "systemd-oomd", "earlyoom", "nohang",
                                                "oomd"};

JournalReadResult feedAll(sd_journal *j, LineSink &sink, std::atomic_bool *cancel)
{
    JournalReadResult result;
    // MESSAGE values above 1 MiB are cut; the default (64 KiB) would cut a long kernel dump
    // line of a json-encoded message.
    sd_journal_set_data_threshold(j, 1024 * 1024);
    int r = 0;
    while ((r = sd_journal_next(j)) > 0) {
        if (cancel && cancel->load())
            break;
        const JournalEntry entry = currentJournalEntry(j);
        ++result.entries;
        emitJournalEntry(entry, result.entries, sink);
    }
    if (r < 0)
        result.error = JournalFiles::tr("journal read error: %1").arg(describeSdError(r));
    return result;
}

int addBootMatches(sd_journal *j, const QList<QByteArray> &boots)
{
    for (const QByteArray &boot : boots) {
        const QByteArray match = "_BOOT_ID=" + boot;
        if (const int r = sd_journal_add_match(j, match.constData(), 0); r < 0)
            return r;
    }
    return 0;
}

// This boot and the one before it: the first entry of this boot, then one step back.
QList<QByteArray> recentBoots(sd_journal *j)
{
    QList<QByteArray> boots;
    sd_id128_t current;
    if (sd_id128_get_boot(&current) < 0)
        return boots;
    char text[SD_ID128_STRING_MAX];
    boots.append(QByteArray(sd_id128_to_string(current, text)));
    const QByteArray match = "_BOOT_ID=" + boots.first();
    if (sd_journal_add_match(j, match.constData(), 0) >= 0 && sd_journal_seek_head(j) >= 0
        && sd_journal_next(j) > 0) {
        uint64_t firstOfBoot = 0;
        if (sd_journal_get_realtime_usec(j, &firstOfBoot) >= 0) {
            sd_journal_flush_matches(j);
            if (sd_journal_seek_realtime_usec(j, firstOfBoot) >= 0 && sd_journal_previous(j) > 0) {
                sd_id128_t previous;
                if (sd_journal_get_monotonic_usec(j, nullptr, &previous) >= 0
                    && !sd_id128_equal(previous, current))
                    boots.append(QByteArray(sd_id128_to_string(previous, text)));
            }
        }
    }
    sd_journal_flush_matches(j);
    return boots;
}

JournalReadResult readLive(LineSink &sink, std::atomic_bool *cancel, bool withKernel)
{
    SdJournal journal;
    if (const int r = sd_journal_open(&journal.j, SD_JOURNAL_LOCAL_ONLY); r < 0)
        return {0, JournalFiles::tr("cannot open the journal: %1").arg(describeSdError(r))};
    const QList<QByteArray> boots = recentBoots(journal.j);
    // (boot A or B) and kernel transport, or (boot A or B) and one of the identifiers.
    int r = 0;
    if (withKernel) {
        r = addBootMatches(journal.j, boots);
        if (r >= 0)
            r = sd_journal_add_match(journal.j, "_TRANSPORT=kernel", 0);
        if (r >= 0)
            r = sd_journal_add_disjunction(journal.j);
    }
    if (r >= 0)
        r = addBootMatches(journal.j, boots);
    for (const char *ident : UserspaceIdentifiers) {
        const QByteArray match = QByteArray("SYSLOG_IDENTIFIER=") + ident;
        if (r >= 0)
            r = sd_journal_add_match(journal.j, match.constData(), 0);
    }
    if (r < 0)
        return {0, JournalFiles::tr("journal query failed: %1").arg(describeSdError(r))};
    sd_journal_seek_head(journal.j);
    return feedAll(journal.j, sink, cancel);
}

} // namespace

bool JournalFiles::available()
{
    return true;
}

JournalReadResult JournalFiles::readFiles(const QStringList &paths, LineSink &sink,
                                          std::atomic_bool *cancel)
{
    std::vector<QByteArray> native;
    std::vector<const char *> pointers;
    for (const QString &path : paths)
        native.push_back(QFile::encodeName(path));
    for (const QByteArray &path : native)
        pointers.push_back(path.constData());
    pointers.push_back(nullptr);
    SdJournal journal;
    if (const int r = sd_journal_open_files(&journal.j, pointers.data(), 0); r < 0)
        return {0, tr("cannot open the journal files: %1").arg(describeSdError(r))};
    return feedAll(journal.j, sink, cancel);
}

JournalReadResult JournalFiles::readLiveOomSources(LineSink &sink, std::atomic_bool *cancel)
{
    return readLive(sink, cancel, true);
}

JournalReadResult JournalFiles::readLiveUserspaceKillers(LineSink &sink, std::atomic_bool *cancel)
{
    return readLive(sink, cancel, false);
}

#else // no libsystemd

bool JournalFiles::available()
{
    return false;
}

JournalReadResult JournalFiles::readFiles(const QStringList &, LineSink &, std::atomic_bool *)
{
    return {0, unavailableMessage()};
}

JournalReadResult JournalFiles::readLiveOomSources(LineSink &, std::atomic_bool *)
{
    return {0, unavailableMessage()};
}

JournalReadResult JournalFiles::readLiveUserspaceKillers(LineSink &, std::atomic_bool *)
{
    return {0, unavailableMessage()};
}

#endif

} // namespace oom
