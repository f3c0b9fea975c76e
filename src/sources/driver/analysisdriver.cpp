// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/driver/analysisdriver.h"

#include "sources/driver/inputsize.h"
#include "sources/input/analyzer.h"
#include "sources/input/stdinstream.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace oom {

AnalysisObserver::~AnalysisObserver() = default;
void AnalysisObserver::totalKnown(qint64) { }
void AnalysisObserver::inputStarted(const QString &) { }
void AnalysisObserver::progress(qint64) { }
void AnalysisObserver::incidentFound(const IncidentPtr &) { }
void AnalysisObserver::inputFinished(const InputSummary &, const QList<InputError> &) { }

namespace {

const QString StdinArgument = u"-"_s;

class AnalysisDriver
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisDriver)

public:
    AnalysisDriver(const AnalysisRequest &request, AnalysisObserver *observer)
        : m_request(request)
        , m_observer(observer)
        , m_incidents(request.analysis)
    {
        m_options.cancel = request.cancel;
        if (!m_observer)
            return;
        m_options.progress = [this](const QString &displayPath, qint64 bytes) {
            if (displayPath != m_currentInput) {
                m_doneBefore += m_currentBytes;
                m_currentInput = displayPath;
                m_observer->inputStarted(displayPath);
            }
            m_currentBytes = bytes;
            m_observer->progress(m_doneBefore + bytes);
        };
        m_options.eventFound = [this](const OomEvent &event) {
            m_announced.insert(incidentIdOf(event));
            m_observer->incidentFound(m_incidents.add(event));
        };
    }

    SessionPtr run(QString *usedLiveSource)
    {
        if (m_observer) {
            qint64 total = 0;
            for (const QString &path : m_request.paths)
                total += path == StdinArgument ? 0 : inputBytes(path);
            m_observer->totalKnown(total);
        }
        if (m_request.liveKernelLog) {
            QString used;
            add(analyzeLiveKernelLog(&used, m_options));
            if (usedLiveSource)
                *usedLiveSource = used;
        }
        bool stdinRead = false;
        for (const QString &path : m_request.paths) {
            if (cancelled()) {
                m_parts.errors.append({path, tr("cancelled")});
                continue;
            }
            if (path != StdinArgument) {
                add(analyzePaths({path}, m_options));
                continue;
            }
            if (stdinRead) {
                addError(stdinDisplayPath(), tr("standard input can be read only once"));
                continue;
            }
            stdinRead = true;
            StdinStream stream;
            add(analyzeByteStream(stream, stdinDisplayPath(), m_options));
        }
        return std::make_shared<const Session>(
            buildSession(std::move(m_parts), m_request.analysis));
    }

private:
    bool cancelled() const { return m_request.cancel && m_request.cancel->load(); }

    void addError(const QString &displayPath, const QString &message)
    {
        const InputError error{displayPath, message, InputError::Severity::Error};
        m_parts.errors.append(error);
        if (m_observer)
            m_observer->inputFinished(InputSummary{displayPath, {}, {}, 0, 0, 0}, {error});
    }

    // Events found by a reader that reports them only at its end (journals, /dev/kmsg,
    // standard input) are announced here.
    void announceLate(const AnalyzeResult &result)
    {
        for (const OomEvent &event : result.events) {
            if (!m_announced.contains(incidentIdOf(event)))
                m_observer->incidentFound(m_incidents.add(event));
        }
    }

    void add(AnalyzeResult result)
    {
        if (m_observer) {
            m_doneBefore += m_currentBytes;
            m_currentBytes = 0;
            m_currentInput.clear();
            announceLate(result);
            QList<InputError> unmatched = result.errors;
            for (const InputSummary &input : std::as_const(result.inputs)) {
                QList<InputError> own;
                unmatched.removeIf([&](const InputError &error) {
                    if (error.displayPath != input.displayPath)
                        return false;
                    own.append(error);
                    return true;
                });
                m_observer->inputFinished(input, own);
            }
            for (const InputError &error : std::as_const(unmatched))
                m_observer->inputFinished(InputSummary{error.displayPath, {}, {}, 0, 0, 0},
                                          {error});
        }
        m_parts.events.append(std::move(result.events));
        m_parts.inputs.append(std::move(result.inputs));
        m_parts.errors.append(std::move(result.errors));
    }

    const AnalysisRequest &m_request;
    AnalysisObserver *m_observer;
    AnalyzeOptions m_options;
    IncidentBuilder m_incidents;
    QSet<QString> m_announced;
    SessionParts m_parts;
    QString m_currentInput;
    qint64 m_currentBytes = 0;
    qint64 m_doneBefore = 0;
};

} // namespace

SessionPtr runAnalysis(const AnalysisRequest &request, AnalysisObserver *observer,
                       QString *usedLiveSource)
{
    AnalysisDriver driver(request, observer);
    return driver.run(usedLiveSource);
}

} // namespace oom
