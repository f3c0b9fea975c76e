// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// How soon the app-facing driver delivers: runAnalysis() on a worker thread, as the app runs
// it, over one input, printing the milliseconds (and bytes read) at which the total was
// known, the first incident arrived and the session was finished.
//
//   oomlens-firstincident FILE
//
// A line "first-incident-ms=N bytes=B total-ms=M total-bytes=T incidents=K" for scripts.

#include "sources/driver/analysisdriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <thread>

using namespace oom;

namespace {

class Stopwatch : public AnalysisObserver
{
public:
    Stopwatch() { m_clock.start(); }
    void totalKnown(qint64 totalBytes) override
    {
        total = totalBytes;
        totalAtMs = m_clock.elapsed();
    }
    void progress(qint64 bytesDone) override { done = bytesDone; }
    void incidentFound(const IncidentPtr &) override
    {
        if (incidents++ == 0) {
            firstAtMs = m_clock.elapsed();
            firstAtBytes = done;
        }
    }
    qint64 elapsed() const { return m_clock.elapsed(); }

    qint64 total = 0;
    qint64 totalAtMs = -1;
    qint64 done = 0;
    qint64 firstAtMs = -1;
    qint64 firstAtBytes = -1;
    int incidents = 0;

private:
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: oomlens-firstincident FILE\n");
        return 64;
    }
    Stopwatch watch;
    SessionPtr session;
    std::thread worker([&] {
        AnalysisRequest request;
        request.paths = args;
        session = runAnalysis(request, &watch);
    });
    worker.join();
    const qint64 totalMs = watch.elapsed();
    std::printf(
        "first-incident-ms=%lld bytes=%lld total-ms=%lld total-bytes=%lld incidents=%lld "
        "delivered=%d\n",
        static_cast<long long>(watch.firstAtMs), static_cast<long long>(watch.firstAtBytes),
        static_cast<long long>(totalMs), static_cast<long long>(watch.total),
        static_cast<long long>(session->incidents.size()), watch.incidents);
    return session->hasErrors() ? 2 : 0;
}
