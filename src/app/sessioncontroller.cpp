// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/sessioncontroller.h"

#include "app/analysisworker.h"
#include "app/desktopnotifier.h"
#include "app/incidentformat.h"
#include "app/incidentlistmodel.h"
#include "app/sessionoverview.h"
#include "core/report/reportformat.h"
#include "sources/follow/kernellogwatcher.h"

#include <QPoint>
#include <QVariantMap>

namespace {
const QString LiveInput = QStringLiteral("live");
}

SessionController::SessionController(QObject *parent)
    : QObject(parent)
    , m_notifier(new DesktopNotifier(this))
    , m_incidents(new IncidentListModel(this))
    , m_overview(new SessionOverview(this))
{
}

SessionController::~SessionController() = default;

double SessionController::progress() const
{
    if (m_bytesTotal <= 0)
        return -1;
    return std::min(1.0, double(m_bytesDone) / double(m_bytesTotal));
}

QStringList SessionController::openSources() const
{
    return m_live ? QStringList{LiveInput} + m_paths : m_paths;
}

QStringList SessionController::logInputs() const
{
    QStringList inputs;
    if (!m_session)
        return inputs;
    for (const oom::InputSummary &input : m_session->inputs)
        inputs.append(input.displayPath);
    return inputs;
}

QVariant SessionController::selectedIncident() const
{
    return IncidentFormat::toVariant(m_incidents->incident(m_selectedId));
}

void SessionController::setNotificationsEnabled(bool enabled)
{
    if (enabled == m_notificationsEnabled)
        return;
    m_notificationsEnabled = enabled;
    Q_EMIT notificationsEnabledChanged();
}

void SessionController::open(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls)
        paths.append(url.isLocalFile() ? url.toLocalFile() : url.toString());
    openPaths(paths);
}

void SessionController::openPaths(const QStringList &paths)
{
    m_paths = paths;
    m_live = false;
    Q_EMIT inputsChanged();
    start();
}

void SessionController::add(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (!m_paths.contains(path))
            m_paths.append(path);
    }
    Q_EMIT inputsChanged();
    start();
}

void SessionController::openLive()
{
    m_paths.clear();
    m_live = true;
    Q_EMIT inputsChanged();
    start();
}

void SessionController::closeInput(const QString &path)
{
    if (path == LiveInput)
        m_live = false;
    else
        m_paths.removeAll(path);
    Q_EMIT inputsChanged();
    if (isEmpty())
        closeAll();
    else
        start();
}

void SessionController::closeAll()
{
    stopWorker();
    m_watcher.reset();
    m_paths.clear();
    m_live = false;
    m_wantedId.clear();
    m_session.reset();
    m_banners.clear();
    m_incidents->clear();
    m_overview->setSession(nullptr);
    m_liveSource.clear();
    Q_EMIT inputsChanged();
    Q_EMIT bannersChanged();
    Q_EMIT sessionChanged();
    Q_EMIT liveSourceChanged();
    setSelectionValid();
}

void SessionController::reload()
{
    if (!isEmpty())
        start();
}

void SessionController::cancel()
{
    if (!m_worker)
        return;
    stopWorker();
    addBanner(tr("Loading was cancelled: the incidents found so far are shown. Press F5 to "
                 "load everything again."),
              QStringLiteral("warning"));
    m_overview->setProvisional(m_incidents->incidents());
}

void SessionController::stopWorker()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_worker.reset(); // joins: the driver polls the flag between buffers
    Q_EMIT loadingChanged();
}

void SessionController::start()
{
    stopWorker();
    if (!m_selectedId.isEmpty())
        m_wantedId = m_selectedId;
    m_watcher.reset();
    m_session.reset();
    m_banners.clear();
    m_incidents->clear();
    m_overview->setProvisional({});
    m_bytesDone = 0;
    m_bytesTotal = -1;
    m_currentInput.clear();
    Q_EMIT bannersChanged();
    Q_EMIT sessionChanged();
    Q_EMIT progressChanged();

    oom::AnalysisRequest request;
    request.paths = m_paths;
    request.liveKernelLog = m_live;
    m_worker = std::make_unique<AnalysisWorker>(request);
    connect(m_worker.get(), &AnalysisWorker::totalKnown, this, [this](qint64 total) {
        m_bytesTotal = total;
        Q_EMIT progressChanged();
    });
    connect(m_worker.get(), &AnalysisWorker::inputStarted, this, [this](const QString &path) {
        m_currentInput = path;
        Q_EMIT progressChanged();
    });
    connect(m_worker.get(), &AnalysisWorker::progress, this, [this](qint64 done) {
        m_bytesDone = done;
        Q_EMIT progressChanged();
    });
    connect(m_worker.get(), &AnalysisWorker::incidentFound, this,
            &SessionController::onIncidentFound);
    connect(m_worker.get(), &AnalysisWorker::inputFinished, this,
            [this](const oom::InputSummary &, const QList<oom::InputError> &errors) {
                for (const oom::InputError &error : errors) {
                    const bool isError = error.severity == oom::InputError::Severity::Error;
                    addBanner(tr("%1: %2").arg(error.displayPath, error.message),
                              isError ? QStringLiteral("critical")
                                      : QStringLiteral("warning"), error.displayPath);
                }
            });
    connect(m_worker.get(), &AnalysisWorker::finished, this, &SessionController::onFinished);
    m_worker->start();
    Q_EMIT loadingChanged();
}

void SessionController::onIncidentFound(const oom::IncidentPtr &incident)
{
    m_incidents->append(incident);
    m_overview->setProvisional(m_incidents->incidents());
    // The incident selected before a reload, once it is back; else the first one found.
    if (incident->id == m_selectedId)
        Q_EMIT selectionChanged(); // back after a reload: the page shows it again
    else if (incident->id == m_wantedId || m_selectedId.isEmpty()
             || (!m_incidents->incident(m_selectedId) && m_wantedId.isEmpty()))
        select(incident->id);
}

void SessionController::onFinished(const oom::SessionPtr &session, const QString &liveSource)
{
    // The worker's thread has ended; destroy it after this signal returns.
    m_worker.release()->deleteLater();
    m_session = session;
    if (session) {
        m_incidents->replaceAll(session->incidents);
        m_overview->setSession(session);
    }
    if (m_live) {
        m_liveSource = liveSource;
        Q_EMIT liveSourceChanged();
        startWatching();
    }
    if (m_incidents->incident(m_wantedId))
        select(m_wantedId);
    m_wantedId.clear();
    setSelectionValid();
    Q_EMIT loadingChanged();
    Q_EMIT sessionChanged();
    Q_EMIT selectionChanged(); // the finished session's copy of the incident
}

void SessionController::startWatching()
{
    m_watcher = std::make_unique<oom::KernelLogWatcher>();
    connect(m_watcher.get(), &oom::KernelLogWatcher::incident, this,
            &SessionController::onLiveIncident);
    connect(m_watcher.get(), &oom::KernelLogWatcher::failed, this, [this](const QString &error) {
        addBanner(tr("New incidents on this system cannot be followed: %1").arg(error),
                  QStringLiteral("warning"), LiveInput);
    });
    m_watcher->start();
}

void SessionController::onLiveIncident(const oom::IncidentPtr &incident)
{
    // The follower starts at the end of the log read at loading: an incident it reports
    // again (the same id) is already in the list.
    if (!incident || m_incidents->incident(incident->id))
        return;
    m_incidents->append(incident);
    m_overview->setProvisional(m_incidents->incidents());
    const QString sentence = oom::ReportFormat::whatHappened(incident->event);
    addBanner(tr("New incident: %1").arg(sentence), IncidentFormat::primarySeverity(*incident),
              LiveInput);
    if (m_notificationsEnabled)
        m_notifier->notify(oom::ReportFormat::title(incident->event), sentence);
    Q_EMIT liveIncident(incident->id);
}

void SessionController::select(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    Q_EMIT selectionChanged();
}

void SessionController::setSelectionValid()
{
    if (m_incidents->incident(m_selectedId))
        return;
    select(m_incidents->count() > 0 ? m_incidents->idAt(0) : QString());
}

void SessionController::addBanner(const QString &text, const QString &severity,
                                  const QString &input)
{
    m_banners.append(
        QVariantMap{{QStringLiteral("text"), text},
                     {QStringLiteral("severity"), severity}, {QStringLiteral("input"), input}});
    Q_EMIT bannersChanged();
}

void SessionController::dismissBanner(int index)
{
    if (index < 0 || index >= m_banners.size())
        return;
    m_banners.removeAt(index);
    Q_EMIT bannersChanged();
}

QVariantList SessionController::reportSpans(const QString &input) const
{
    QVariantList spans;
    for (const oom::IncidentPtr &incident : m_incidents->incidents()) {
        const oom::OomEvent &event = incident->event;
        if (event.sourcePath == input && event.lines.isValid())
            spans.append(QPoint(int(event.lines.first), int(event.lines.last)));
        for (const oom::EventCopy &copy : event.alsoIn) {
            if (copy.sourcePath == input && copy.lines.isValid())
                spans.append(QPoint(int(copy.lines.first), int(copy.lines.last)));
        }
    }
    return spans;
}

QString SessionController::incidentIdAtLine(const QString &input, qint64 line) const
{
    for (const oom::IncidentPtr &incident : m_incidents->incidents()) {
        const oom::OomEvent &event = incident->event;
        if (event.sourcePath == input && line >= event.lines.first && line <= event.lines.last)
            return incident->id;
    }
    return {};
}

void SessionController::requestRemedy(const QString &remedyId)
{
    Q_EMIT remedyRequested(remedyId, selectedIncident());
}
