// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/session/session.h"

#include <QString>
#include <QStringList>

#include <atomic>

// The one way to read inputs into a Session, for the CLI, the tests and the app: opens each
// input in order on the caller's thread (call it from a worker thread in a GUI), reports
// progress and each incident as soon as its report is complete, and returns the finished
// session (duplicates across inputs merged, every incident diagnosed and analysed).
namespace oom {

struct AnalysisRequest {
    // Files, directories, archives, bundles, journal files or exports; "-" reads standard
    // input (once). Runs of paths are opened together, so rotated logs keep their order.
    QStringList paths;
    // Read the live system's kernel log (/dev/kmsg, else the journal, else a syslog file)
    // before the paths.
    bool liveKernelLog = false;
    AnalysisOptions analysis;
    std::atomic_bool *cancel = nullptr; // polled between buffers and inputs
};

// Called on the thread that runs runAnalysis(), in this order per input: inputStarted,
// progress and incidentFound interleaved, inputFinished. Every method has a default that
// does nothing.
class AnalysisObserver
{
public:
    virtual ~AnalysisObserver();
    // The total size of all inputs in bytes as far as it is known before reading (files
    // on disk; not standard input or the live log): the denominator of a progress bar.
    virtual void totalKnown(qint64 totalBytes);
    virtual void inputStarted(const QString &displayPath);
    // Bytes read of all inputs so far (compressed bytes for compressed files).
    virtual void progress(qint64 bytesDone);
    // A provisional incident: complete as parsed, analysed with the incidents of the
    // session found before it. The finished session may merge it with a copy from another
    // input; it keeps its id.
    virtual void incidentFound(const IncidentPtr &incident);
    virtual void inputFinished(const InputSummary &summary, const QList<InputError> &errors);
};

// `usedLiveSource` (optional) receives which kernel log the live read used and why.
SessionPtr runAnalysis(const AnalysisRequest &request, AnalysisObserver *observer = nullptr,
                       QString *usedLiveSource = nullptr);

} // namespace oom
