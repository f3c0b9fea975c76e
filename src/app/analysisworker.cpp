// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/analysisworker.h"

#include <QElapsedTimer>
#include <QThread>

class AnalysisWorker::Observer : public oom::AnalysisObserver
{
public:
    explicit Observer(AnalysisWorker *worker)
        : m_worker(worker)
        , m_silenced(worker->m_silenced)
    {
        m_sinceProgress.start();
    }

    void totalKnown(qint64 totalBytes) override
    {
        post([w = m_worker, totalBytes] {
            Q_EMIT w->totalKnown(totalBytes);
        });
    }
    void inputStarted(const QString &displayPath) override
    {
        post([w = m_worker, displayPath] {
            Q_EMIT w->inputStarted(displayPath);
        });
    }
    void progress(qint64 bytesDone) override
    {
        if (m_sinceProgress.elapsed() < 50)
            return;
        m_sinceProgress.restart();
        post([w = m_worker, bytesDone] {
            Q_EMIT w->progress(bytesDone);
        });
    }
    void incidentFound(const oom::IncidentPtr &incident) override
    {
        post([w = m_worker, incident] {
            Q_EMIT w->incidentFound(incident);
        });
    }
    void inputFinished(const oom::InputSummary &summary,
                       const QList<oom::InputError> &errors) override
    {
        post([w = m_worker, summary, errors] {
            Q_EMIT w->inputFinished(summary, errors);
        });
    }

    template<typename Function>
    void post(Function function)
    {
        // The worker outlives the thread (its destructor joins), so the queued call's
        // context is valid; a cancelled run's late calls are dropped.
        QMetaObject::invokeMethod(
            m_worker,
            [silenced = m_silenced, function = std::move(function)] {
                if (!silenced->load())
                    function();
            },
            Qt::QueuedConnection);
    }

private:
    AnalysisWorker *m_worker;
    std::shared_ptr<std::atomic_bool> m_silenced;
    QElapsedTimer m_sinceProgress;
};

AnalysisWorker::AnalysisWorker(oom::AnalysisRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_silenced(std::make_shared<std::atomic_bool>(false))
{
    m_request.cancel = m_cancel.get();
}

AnalysisWorker::~AnalysisWorker()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AnalysisWorker::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        Observer observer(this);
        QString liveSource;
        oom::SessionPtr session = oom::runAnalysis(m_request, &observer, &liveSource);
        observer.post([this, session, liveSource] {
            Q_EMIT finished(session, liveSource);
        });
    });
    m_thread->start();
}

void AnalysisWorker::cancel()
{
    m_silenced->store(true);
    m_cancel->store(true);
}
