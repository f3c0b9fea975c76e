// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/inputs.h"
#include "core/session/incident.h"
#include "core/session/session.h"
#include "sources/driver/analysisdriver.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

// One run of runAnalysis() on a worker thread. The observer's callbacks arrive as signals
// on the thread this object lives in (the GUI thread), in the driver's order; progress is
// thinned to a few updates a second so a fast read does not flood the event loop.
// Destroying the worker cancels the run (the request's flag, polled between buffers) and
// waits for the thread; no signal is emitted after cancel().
class AnalysisWorker : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisWorker(oom::AnalysisRequest request, QObject *parent = nullptr);
    ~AnalysisWorker() override;

    void start();
    void cancel();

Q_SIGNALS:
    void totalKnown(qint64 totalBytes);
    void inputStarted(const QString &displayPath);
    void progress(qint64 bytesDone);
    void incidentFound(const oom::IncidentPtr &incident);
    void inputFinished(const oom::InputSummary &summary, const QList<oom::InputError> &errors);
    // `liveSource` says which kernel log the live read used (empty without the live log).
    void finished(const oom::SessionPtr &session, const QString &liveSource);

private:
    class Observer;

    oom::AnalysisRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_silenced; // set by cancel(): queued calls dropped
    QThread *m_thread = nullptr;
};
