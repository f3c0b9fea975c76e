// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "kernellogfollower.h"

#include "lineconsumer.h"

#include "analysis/diagnosis.h"
#include "parse/logparser.h"

#include <QElapsedTimer>

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
constexpr qint64 EchoWindowMs = 60 * 1000;

// One followed log with its own parser: /dev/kmsg and the journal number their lines
// independently, so they cannot share one.
struct Input {
    std::unique_ptr<FollowedLog> log;
    std::unique_ptr<LogParser> parser;
    std::unique_ptr<ParserConsumer> sink;

    // The parser's reference for years syslog lines do not print is now, read as lines
    // arrive, so a follower running past New Year dates its January lines in the new year.
    explicit Input(std::unique_ptr<FollowedLog> followed)
        : log(std::move(followed))
        , parser(std::make_unique<LogParser>(log->displayPath()))
        , sink(std::make_unique<ParserConsumer>(*parser))
    {
    }
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

    bool isEcho(const OomEvent &event);
    void announce(Input &input, bool burstEnded);
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
        const QString component = u'/' + unit.unit;
        for (const Announced &earlier : announced) {
            for (const QString &cgroup : earlier.cgroups) {
                if (cgroup.endsWith(component) || cgroup.contains(component + u'/'))
                    return true;
            }
        }
    }
    for (auto it = announced.rbegin(); it != announced.rend(); ++it) {
        if (it->killer == event.killer)
            return it->cgroups.isEmpty();
    }
    return false;
}

void KernelLogFollower::Private::announce(Input &input, bool burstEnded)
{
    QList<OomEvent> events = input.parser->takeEvents();
    if (burstEnded)
        events.append(input.parser->takeCompletedNow());
    for (OomEvent &event : events) {
        if (isEcho(event))
            continue;
        Announced record;
        record.atMs = clock.elapsed();
        record.killer = event.killer;
        for (const QString &cgroup : {event.memcg.oomCgroup, event.memcg.taskCgroup}) {
            if (!cgroup.isEmpty())
                record.cgroups.append(cgroup);
        }
        for (const Victim &victim : std::as_const(event.victims)) {
            if (!victim.cgroup.isEmpty())
                record.cgroups.append(victim.cgroup);
            if (victim.pid)
                record.victimPids.append(*victim.pid);
        }
        // An incident known only from systemd's word: its next word about the unit
        // ("Failed with result 'oom-kill'") is the same incident.
        for (const UnitResult &unit : std::as_const(event.units))
            record.cgroups.append(u'/' + unit.unit);
        announced.push_back(std::move(record));
        diagnose(event);
        if (callbacks->incident)
            callbacks->incident(std::move(event));
    }
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
        if (more)
            continue;

        fds.clear();
        fds.push_back({wake.fd, POLLIN, 0});
        int timeout = -1;
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
