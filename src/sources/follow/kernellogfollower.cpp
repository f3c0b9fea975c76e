// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/kernellogfollower.h"

#include "sources/input/linesink.h"

#include "core/parse/pipeline/linkrules.h"
#include "core/parse/pipeline/logparser.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <vector>

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// What the kernel and systemd say after a kill arrives after the follower announced the
// incident: the reaper's "reaped process N" a few milliseconds later, systemd's unit
// result a moment later. The parser no longer holds the incident then and makes each late
// line an incident of its own ("victim-from-reaper-line", "only-unit-result-in-log").
// Within this window such an incident is an echo of an announced one when the parser's
// linker would have joined them: the same victim pid for the reaper; for systemd, the unit
// in the incident's cgroup, or an incident that names no cgroup and is its killer's latest.
constexpr qint64 EchoWindowMs = qint64(60) * 1000;

// What follows a kill within moments: the reaper's "reaped process N" (4.6-5.17 reap at
// once; 5.18+ wait 2 s for futex cleanup, so there the line rarely comes in time) and
// systemd's word about the unit (it watches memory.events). An incident waits this long
// for them, so that it is announced as analysing the same log later would show it, well
// within the second the announcement may take. A victim that exits by itself leaves no
// reaper line: its incident is announced when the wait ends.
constexpr qint64 ReaperWaitMs = 250;

bool waitsForReaper(const OomEvent &event)
{
    if (event.kind != EventKind::KernelOom || event.victims.isEmpty())
        return false;
    return std::any_of(event.victims.cbegin(), event.victims.cend(), [](const Victim &v) {
        return v.pid && !v.reaped && !v.reapFailed;
    });
}

// One followed log with its own parser: /dev/kmsg and the journal number their lines
// independently, so they cannot share one.
struct Input {
    std::unique_ptr<FollowedLog> log;
    std::unique_ptr<LogParser> parser;
    std::unique_ptr<ParserSink> sink;

    // The parser's reference for years syslog lines do not print is now, read as lines
    // arrive, so a follower running past New Year dates its January lines in the new year.
    explicit Input(std::unique_ptr<FollowedLog> followed)
        : log(std::move(followed))
        , parser(std::make_unique<LogParser>(log->displayPath()))
        , sink(std::make_unique<ParserSink>(*parser))
    {
    }
};

struct Waiting {
    OomEvent event;
    qint64 untilMs = 0;
};

struct Announced {
    qint64 atMs = 0;
    Killer killer = Killer::Kernel;
    QStringList cgroups;
    QList<qint64> victimPids;
};

class WakeFd
{
public:
    WakeFd()
        : fd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    {
    }
    ~WakeFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    WakeFd(const WakeFd &) = delete;
    WakeFd &operator=(const WakeFd &) = delete;
    void wake() const
    {
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(fd, &one, sizeof one);
    }
    int fd;
};

FollowSourceKind nextKind(FollowSourceKind kind)
{
    return kind == FollowSourceKind::Kmsg ? FollowSourceKind::Journal : FollowSourceKind::LogFile;
}

} // namespace

struct KernelLogFollower::Private {
    FollowOptions options;
    std::unique_ptr<FollowSourceProvider> provider;
    const FollowCallbacks *callbacks = nullptr;
    std::optional<Input> kernel;
    std::optional<Input> killers;
    FollowSourceKind kind = FollowSourceKind::Kmsg;
    QElapsedTimer clock;
    std::deque<Announced> announced;
    std::deque<Waiting> waiting; // for their reaper line, oldest first
    IncidentBuilder incidents;

    bool isEcho(const OomEvent &event);
    bool completesWaiting(const OomEvent &reaperEvent);
    bool joinsWaiting(const OomEvent &unitEvent);
    void announce(Input &input, bool burstEnded);
    void announceNow(OomEvent event);
    // Announces what has waited long enough (everything with `all`); returns the time in ms
    // until the next one is due, or -1 when nothing waits.
    int announceDue(bool all);
    void emitNotices(const QStringList &notices) const;
    // Reads one input; the error when its log failed.
    std::optional<QString> read(Input &input, bool *more);
    bool select(FollowSourceKind first, const QStringList &problems, bool history, QString *error);
};

bool KernelLogFollower::Private::isEcho(const OomEvent &event)
{
    const qint64 now = clock.elapsed();
    while (!announced.empty() && now - announced.front().atMs > EchoWindowMs)
        announced.pop_front();
    if (event.notes.contains(u"victim-from-reaper-line"_s)) {
        for (const Victim &victim : event.victims) {
            const auto killed = [&victim](const Announced &a) {
                return a.victimPids.contains(*victim.pid);
            };
            if (!victim.pid || std::none_of(announced.begin(), announced.end(), killed))
                return false;
        }
        return !event.victims.isEmpty();
    }
    if (!event.notes.contains(u"only-unit-result-in-log"_s))
        return false;
    for (const UnitResult &unit : event.units) {
        for (const Announced &earlier : announced) {
            if (linkrules::anyCgroupNames(earlier.cgroups, unit.unit))
                return true;
        }
    }
    for (auto it = announced.rbegin(); it != announced.rend(); ++it) {
        if (it->killer == event.killer)
            return it->cgroups.isEmpty();
    }
    return false;
}

// A reaper line the parser could no longer attach (its incident waits here, not in the
// parser): the waiting incident gets it, and is announced once every victim is accounted for.
bool KernelLogFollower::Private::completesWaiting(const OomEvent &reaperEvent)
{
    if (!reaperEvent.notes.contains(u"victim-from-reaper-line"_s) || reaperEvent.victims.isEmpty())
        return false;
    const Victim &reaped = reaperEvent.victims.first();
    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
        for (Victim &victim : it->event.victims) {
            if (victim.pid != reaped.pid || victim.reaped || victim.reapFailed)
                continue;
            victim.reaped = reaped.reaped;
            victim.reapFailed = reaped.reapFailed;
            victim.reapedAnonRssKb = reaped.reapedAnonRssKb;
            victim.reapedFileRssKb = reaped.reapedFileRssKb;
            victim.reapedShmemRssKb = reaped.reapedShmemRssKb;
            victim.reaperLine = reaped.reaperLine;
            it->event.lines.extend(reaperEvent.lines);
            if (!waitsForReaper(it->event)) {
                OomEvent complete = std::move(it->event);
                waiting.erase(it);
                announceNow(std::move(complete));
            }
            return true;
        }
    }
    return false;
}

// systemd's word about a unit whose kill still waits for its reaper line: it belongs to that
// incident, as the parser's linker would have made it.
bool KernelLogFollower::Private::joinsWaiting(const OomEvent &unitEvent)
{
    if (!unitEvent.notes.contains(u"only-unit-result-in-log"_s))
        return false;
    for (auto it = waiting.rbegin(); it != waiting.rend(); ++it) {
        if (linkrules::unitResultBelongsTo(unitEvent, it->event)) {
            it->event.units.append(unitEvent.units);
            return true;
        }
    }
    return false;
}

void KernelLogFollower::Private::announce(Input &input, bool burstEnded)
{
    QList<OomEvent> events = input.parser->takeEvents();
    if (burstEnded)
        events.append(input.parser->takeCompletedNow());
    for (OomEvent &event : events) {
        if (completesWaiting(event) || joinsWaiting(event) || isEcho(event))
            continue;
        if (waitsForReaper(event)) {
            waiting.push_back({std::move(event), clock.elapsed() + ReaperWaitMs});
            continue;
        }
        announceNow(std::move(event));
    }
}

void KernelLogFollower::Private::announceNow(OomEvent event)
{
    Announced record;
    record.atMs = clock.elapsed();
    record.killer = event.killer;
    record.cgroups = linkrules::cgroupsOf(event);
    for (const Victim &victim : std::as_const(event.victims)) {
        if (victim.pid)
            record.victimPids.append(*victim.pid);
    }
    // An incident known only from systemd's word: its next word about the unit
    // ("Failed with result 'oom-kill'") is the same incident.
    for (const UnitResult &unit : std::as_const(event.units))
        record.cgroups.append(u'/' + unit.unit);
    announced.push_back(std::move(record));
    const IncidentPtr incident = incidents.add(event);
    if (callbacks->incident)
        callbacks->incident(incident);
}

int KernelLogFollower::Private::announceDue(bool all)
{
    const qint64 now = clock.elapsed();
    while (!waiting.empty() && (all || waiting.front().untilMs <= now)) {
        OomEvent event = std::move(waiting.front().event);
        waiting.pop_front();
        announceNow(std::move(event));
    }
    return waiting.empty() ? -1 : int(std::max<qint64>(0, waiting.front().untilMs - now));
}

void KernelLogFollower::Private::emitNotices(const QStringList &notices) const
{
    if (!callbacks->notice)
        return;
    for (const QString &notice : notices)
        callbacks->notice(notice);
}

std::optional<QString> KernelLogFollower::Private::read(Input &input, bool *more)
{
    const FollowRead result = input.log->readAvailable(*input.sink);
    emitNotices(result.notices);
    if (result.failed) {
        // What the log gave before it failed still counts.
        input.parser->finish();
        announce(input, false);
        return result.error;
    }
    // A slice of a long history: the burst has not ended, the kernel may be mid-report.
    announce(input, !result.more);
    *more = *more || result.more;
    return std::nullopt;
}

bool KernelLogFollower::Private::select(FollowSourceKind first, const QStringList &problems,
                                        bool history, QString *error)
{
    FollowSelection selection = FollowSourceSelector::select(*provider, history, first, problems);
    if (!selection.kernel) {
        if (error)
            *error = selection.description;
        return false;
    }
    kind = selection.kind;
    kernel.emplace(std::move(selection.kernel));
    killers.reset();
    if (selection.killers)
        killers.emplace(std::move(selection.killers));
    if (callbacks->sourceChosen)
        callbacks->sourceChosen(selection.description);
    return true;
}

KernelLogFollower::KernelLogFollower(FollowOptions options,
                                     std::unique_ptr<FollowSourceProvider> provider)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->provider = provider ? std::move(provider) : std::make_unique<SystemFollowSources>();
}

KernelLogFollower::~KernelLogFollower() = default;

bool KernelLogFollower::run(const FollowCallbacks &callbacks, std::stop_token stop, QString *error)
{
    d->callbacks = &callbacks;
    d->clock.start();
    WakeFd wake;
    if (wake.fd < 0) {
        if (error)
            *error = tr("cannot create an eventfd: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Runs on the thread that requests the stop; poll() below then returns at once.
    const std::stop_callback onStop(stop, [&wake] {
        wake.wake();
    });
    if (!d->select(FollowSourceKind::Kmsg, {}, d->options.history, error))
        return false;

    // Whatever way the loop ends, an incident still waiting for its reaper line is told.
    const auto announceWaiting = qScopeGuard([this] {
        d->announceDue(true);
    });
    std::vector<pollfd> fds;
    while (!stop.stop_requested()) {
        bool more = false;
        if (const auto failure = d->read(*d->kernel, &more)) {
            const QString problem =
                tr("%1: read failed: %2").arg(d->kernel->log->displayPath(), *failure);
            // The last resort failing has nothing to fall back to; retrying it would spin.
            if (d->kind == FollowSourceKind::LogFile) {
                if (error)
                    *error = problem;
                return false;
            }
            // The next best log from now on: its history would announce again what the
            // failed log already did.
            if (!d->select(nextKind(d->kind), {problem}, false, error))
                return false;
            continue;
        }
        if (d->killers) {
            if (const auto failure = d->read(*d->killers, &more)) {
                d->emitNotices({tr("%1: read failed: %2; userspace OOM killers are no longer "
                                   "followed")
                                    .arg(d->killers->log->displayPath(), *failure)});
                d->killers.reset();
            }
        }
        const int untilDue = d->announceDue(false);
        if (more)
            continue;

        fds.clear();
        fds.push_back({wake.fd, POLLIN, 0});
        int timeout = untilDue;
        for (std::optional<Input> *input : {&d->kernel, &d->killers}) {
            if (!*input)
                continue;
            const PollRequest request = (*input)->log->pollRequest();
            if (request.fd >= 0)
                fds.push_back({request.fd, request.events, 0});
            if (request.timeoutMs >= 0)
                timeout = timeout < 0 ? request.timeoutMs : qMin(timeout, request.timeoutMs);
        }
        if (::poll(fds.data(), nfds_t(fds.size()), timeout) < 0 && errno != EINTR) {
            if (error)
                *error = tr("poll() failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    return true;
}

} // namespace oom
