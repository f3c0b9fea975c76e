// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/journalfollowedlog.h"

#include "sources/input/journalentry.h"
#include "sources/input/journalfiles.h"
#include "sources/input/linesink.h"

#include <QFile>

#ifdef OOMLENS_HAVE_LIBSYSTEMD
#include <systemd/sd-id128.h>
#include <systemd/sd-journal.h>

#include "sources/input/sdjournalentry.h"

#include <climits>
#include <cstring>
#include <ctime>
#include <vector>
#endif

using namespace Qt::StringLiterals;

namespace oom {

QString JournalFollowedLog::displayPath() const
{
    return u"journal"_s;
}

#ifdef OOMLENS_HAVE_LIBSYSTEMD

namespace {

// The identifiers of the userspace side of an OOM kill, as journalfiles.cpp reads them.
constexpr const char *KillerIdentifiers[] = {"systemd", "systemd-oomd", "earlyoom", "nohang",
                                             "oomd"};
// Entries per readAvailable(): a boot's worth of history is read in slices.
constexpr int EntriesPerCall = 4096;

// (boot and kernel transport) or (boot and one of the identifiers); `boot` may be empty.
int addMatches(sd_journal *j, const QByteArray &boot, JournalFollowedLog::Scope scope)
{
    const QByteArray bootMatch = "_BOOT_ID=" + boot;
    int r = 0;
    if (scope == JournalFollowedLog::Scope::KernelAndKillers) {
        if (!boot.isEmpty())
            r = sd_journal_add_match(j, bootMatch.constData(), 0);
        if (r >= 0)
            r = sd_journal_add_match(j, "_TRANSPORT=kernel", 0);
        if (r >= 0)
            r = sd_journal_add_disjunction(j);
    }
    if (r >= 0 && !boot.isEmpty())
        r = sd_journal_add_match(j, bootMatch.constData(), 0);
    for (const char *ident : KillerIdentifiers) {
        const QByteArray match = QByteArray("SYSLOG_IDENTIFIER=") + ident;
        if (r >= 0)
            r = sd_journal_add_match(j, match.constData(), 0);
    }
    return r;
}

// Whether any kernel message is visible: a user outside the systemd-journal and adm groups
// opens the journal fine and sees only the entries of their own session.
bool showsKernelMessages(sd_journal *j, const QByteArray &boot)
{
    const QByteArray bootMatch = "_BOOT_ID=" + boot;
    const bool found = (boot.isEmpty() || sd_journal_add_match(j, bootMatch.constData(), 0) >= 0)
        && sd_journal_add_match(j, "_TRANSPORT=kernel", 0) >= 0 && sd_journal_seek_tail(j) >= 0
        && sd_journal_previous(j) > 0;
    sd_journal_flush_matches(j);
    return found;
}

QByteArray currentBoot()
{
    sd_id128_t boot;
    if (sd_id128_get_boot(&boot) < 0)
        return {};
    char text[SD_ID128_STRING_MAX];
    return QByteArray(sd_id128_to_string(boot, text));
}

} // namespace

struct JournalFollowedLog::Private {
    sd_journal *j = nullptr;
    qint64 entries = 0;

    ~Private()
    {
        if (j)
            sd_journal_close(j);
    }

    // Matches, position and the inotify descriptor; an error message, or empty.
    QString prepare(const QByteArray &boot, Scope scope, bool history)
    {
        if (scope == Scope::KernelAndKillers && !showsKernelMessages(j, boot)) {
            return JournalFollowedLog::tr(
                "the journal shows this user no kernel messages of this "
                "boot (members of the systemd-journal or adm group see "
                "them)");
        }
        if (const int r = addMatches(j, boot, scope); r < 0)
            return JournalFollowedLog::tr("journal query failed: %1").arg(describeSdError(r));
        sd_journal_set_data_threshold(j, 1024 * 1024); // as journalfiles.cpp: long kernel lines
        if (history) {
            sd_journal_seek_head(j);
        } else {
            // On the newest entry, so that sd_journal_next() returns only later ones.
            sd_journal_seek_tail(j);
            sd_journal_previous(j);
        }
        // Before the first sd_journal_process(): sets up the inotify watches.
        if (const int fd = sd_journal_get_fd(j); fd < 0)
            return JournalFollowedLog::tr("cannot watch the journal: %1").arg(describeSdError(fd));
        return {};
    }
};

JournalFollowedLog::JournalFollowedLog(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

JournalFollowedLog::~JournalFollowedLog() = default;

bool JournalFollowedLog::available()
{
    return true;
}

std::unique_ptr<JournalFollowedLog> JournalFollowedLog::open(Scope scope, bool history,
                                                             QString *error)
{
    auto d = std::make_unique<Private>();
    if (const int r = sd_journal_open(&d->j, SD_JOURNAL_LOCAL_ONLY); r < 0) {
        *error = tr("cannot open the journal: %1").arg(describeSdError(r));
        return nullptr;
    }
    // Opening succeeds on a system without journald (a container, a non-systemd init);
    // following it would wait for entries that never come.
    if (sd_journal_has_runtime_files(d->j) <= 0 && sd_journal_has_persistent_files(d->j) <= 0) {
        *error = tr("there are no journal files (systemd-journald is not running)");
        return nullptr;
    }
    *error = d->prepare(currentBoot(), scope, history);
    if (!error->isEmpty())
        return nullptr;
    return std::unique_ptr<JournalFollowedLog>(new JournalFollowedLog(std::move(d)));
}

std::unique_ptr<JournalFollowedLog> JournalFollowedLog::openFiles(const QStringList &paths,
                                                                  Scope scope, bool history,
                                                                  QString *error)
{
    std::vector<QByteArray> native;
    for (const QString &path : paths)
        native.push_back(QFile::encodeName(path));
    std::vector<const char *> pointers;
    for (const QByteArray &path : native)
        pointers.push_back(path.constData());
    pointers.push_back(nullptr);
    auto d = std::make_unique<Private>();
    if (const int r = sd_journal_open_files(&d->j, pointers.data(), 0); r < 0) {
        *error = tr("cannot open the journal files: %1").arg(describeSdError(r));
        return nullptr;
    }
    *error = d->prepare({}, scope, history);
    if (!error->isEmpty())
        return nullptr;
    return std::unique_ptr<JournalFollowedLog>(new JournalFollowedLog(std::move(d)));
}

FollowRead JournalFollowedLog::readAvailable(LineSink &sink)
{
    FollowRead result;
    // Acknowledges the inotify events that woke us; harmless when there were none.
    int r = sd_journal_process(d->j);
    int count = 0;
    while (r >= 0 && count < EntriesPerCall) {
        r = sd_journal_next(d->j);
        if (r <= 0)
            break;
        const JournalEntry entry = currentJournalEntry(d->j);
        emitJournalEntry(entry, ++d->entries, sink);
        ++count;
    }
    if (r < 0) {
        result.failed = true;
        result.errnum = -r;
        result.error = describeSdError(r); // the follower says which log and that reading failed
    }
    result.more = count == EntriesPerCall;
    result.lines = count;
    return result;
}

PollRequest JournalFollowedLog::pollRequest()
{
    PollRequest request;
    request.fd = sd_journal_get_fd(d->j);
    const int events = sd_journal_get_events(d->j);
    request.events = short(events > 0 ? events : POLLIN);
    // The journal asks to be looked at after a timeout where inotify cannot be trusted
    // (journal files on a network file system): an absolute CLOCK_MONOTONIC time.
    uint64_t until = 0;
    if (sd_journal_get_timeout(d->j, &until) >= 0 && until != UINT64_MAX) {
        timespec now = {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const uint64_t nowUsec = uint64_t(now.tv_sec) * 1000000 + uint64_t(now.tv_nsec) / 1000;
        const uint64_t waitUsec = until > nowUsec ? until - nowUsec : 0;
        request.timeoutMs = int(qMin<uint64_t>((waitUsec + 999) / 1000, INT_MAX));
    }
    return request;
}

#else // no libsystemd

struct JournalFollowedLog::Private { };

JournalFollowedLog::JournalFollowedLog(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

JournalFollowedLog::~JournalFollowedLog() = default;

bool JournalFollowedLog::available()
{
    return false;
}

std::unique_ptr<JournalFollowedLog> JournalFollowedLog::open(Scope, bool, QString *error)
{
    *error = tr("this build has no libsystemd to read the journal");
    return nullptr;
}

std::unique_ptr<JournalFollowedLog> JournalFollowedLog::openFiles(const QStringList &, Scope, bool,
                                                                  QString *error)
{
    *error = JournalFiles::unavailableMessage();
    return nullptr;
}

FollowRead JournalFollowedLog::readAvailable(LineSink &)
{
    return {};
}

PollRequest JournalFollowedLog::pollRequest()
{
    return {};
}

#endif

} // namespace oom
