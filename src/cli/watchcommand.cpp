// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "watchcommand.h"

#include "core/report/jsonreport.h"
#include "core/report/reportformat.h"
#include "sources/follow/kernellogfollower.h"
#include "subcommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <csignal>
#include <pthread.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

// Two lines a person can read as they scroll by: when and what happened, then why.
QByteArray textLines(const Incident &incident)
{
    const OomEvent &event = incident.event;
    QString text;
    const QString when = ReportFormat::when(event);
    if (!when.isEmpty())
        text += u'[' + when + u"] "_s;
    text += ReportFormat::whatHappened(event) + u'\n';
    if (!incident.causes.isEmpty()) {
        // The summary alone: the evidence line numbers count lines of this watch session,
        // which nobody can look up afterwards.
        const Cause &primary = incident.causes.first();
        text += u"    "_s + Cli::tr("Cause: %1 [%2]").arg(primary.summary, primary.id) + u'\n';
    }
    return text.toUtf8();
}

// SIGINT and SIGTERM end the watch cleanly. They are blocked in every thread and taken by
// one thread with sigwait(), which requests the follower's stop: a handler could not do
// that (std::stop_source is not async-signal-safe).
class StopOnSignals
{
public:
    StopOnSignals()
    {
        sigemptyset(&m_signals);
        sigaddset(&m_signals, SIGINT);
        sigaddset(&m_signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_signals, &m_previous);
        m_waiter = std::thread([this] {
            int signal = 0;
            sigwait(&m_signals, &signal);
            m_stop.request_stop();
        });
    }
    ~StopOnSignals()
    {
        // The follower ended by itself (nothing to follow): wake the waiter with a signal
        // aimed at its thread alone.
        if (!m_stop.stop_requested())
            pthread_kill(m_waiter.native_handle(), SIGTERM);
        m_waiter.join();
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    StopOnSignals(const StopOnSignals &) = delete;
    StopOnSignals &operator=(const StopOnSignals &) = delete;

    std::stop_token token() const { return m_stop.get_token(); }

private:
    sigset_t m_signals;
    sigset_t m_previous;
    std::stop_source m_stop;
    std::thread m_waiter;
};

} // namespace

int runWatch(const QStringList &arguments)
{
    const QString name = u"watch"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Follows the live kernel log (/dev/kmsg, else the journal, else /var/log/kern.log "
                "or /var/log/messages) and prints each new OOM incident as it happens, until "
                "interrupted. Standard error says which log is followed and why."));
    parser.addOption(Cli::helpOption());
    const QCommandLineOption json(
        u"json"_s,
        Cli::tr("Print each incident as one oomlens.report/1 event object "
                "per line (compact JSON)."));
    const QCommandLineOption history(u"history"_s,
                                     Cli::tr("Also print the incidents the log already holds."));
    parser.addOptions({json, history});

    const QString usage = Cli::helpText(parser, name);
    if (const std::optional<int> done =
            Cli::parseArguments(parser, arguments, usage, Cli::Positional::None))
        return *done;

    const bool asJson = parser.isSet(json);
    FollowOptions options;
    options.history = parser.isSet(history);

    FollowCallbacks callbacks;
    callbacks.sourceChosen = [](const QString &description) {
        Cli::printNotice(description);
    };
    callbacks.notice = [](const QString &message) {
        Cli::printNotice(message);
    };
    callbacks.incident = [asJson](const IncidentPtr &incident) {
        if (asJson)
            Cli::writeStdout(QJsonDocument(incidentToJson(*incident)).toJson(QJsonDocument::Compact)
                             + '\n');
        else
            Cli::writeStdout(textLines(*incident));
    };

    KernelLogFollower follower(options);
    QString error;
    bool followed = false;
    {
        StopOnSignals signals;
        followed = follower.run(callbacks, signals.token(), &error);
    }
    if (!followed) {
        Cli::printError(name, error);
        return ExitInputError;
    }
    return ExitOk;
}

} // namespace oom::cli
