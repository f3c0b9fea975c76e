// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The app-facing driver (runAnalysis): progress in bytes of a total known before reading,
// each incident as soon as its report is complete (long before the scan ends), the run on
// a worker thread, cancellation, and incident ids that survive the end-of-session merge of
// one incident read from two inputs. The logs are built from a real capture
// (tests/data/reports/056, a memcg OOM provoked on a 6.18 kernel) with filler lines.

#include "sources/driver/analysisdriver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QByteArray capturedReport()
{
    QFile file(
        QStringLiteral(OOMLENS_TEST_DATA_DIR)
                       + u"/reports/056-kernel-6.18-memcg-v1-real-capture-rss-split-columns.log"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The report, `fillerLines` lines of another driver's chatter, the report again.
QByteArray reportFillerReport(int fillerLines)
{
    const QByteArray report = capturedReport();
    QByteArray log = report;
    log.reserve(report.size() * 2 + qsizetype(fillerLines) * 64);
    for (int i = 0; i < fillerLines; ++i)
        log += "[  200.000000] usb 1-1: reset high-speed USB device number " + QByteArray::number(i)
            + '\n';
    log += report;
    return log;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool writeGzip(const QString &path, const QByteArray &data)
{
    gzFile out = gzopen(QFile::encodeName(path).constData(), "wb6");
    if (!out)
        return false;
    const bool ok = gzwrite(out, data.constData(), unsigned(data.size())) == int(data.size());
    return gzclose(out) == Z_OK && ok;
}

// What the driver reported, in order, with the thread it was called on.
class Recorder : public AnalysisObserver
{
public:
    void totalKnown(qint64 totalBytes) override
    {
        total = totalBytes;
        threads.insert(std::this_thread::get_id());
    }
    void inputStarted(const QString &displayPath) override { started.append(displayPath); }
    void progress(qint64 bytesDone) override
    {
        progressValues.append(bytesDone);
        threads.insert(std::this_thread::get_id());
    }
    void incidentFound(const IncidentPtr &incident) override
    {
        found.append(incident);
        progressAtIncident.append(progressValues.isEmpty() ? 0 : progressValues.last());
        progressCallsAtIncident.append(progressValues.size());
        if (cancelOnFirstIncident)
            cancelOnFirstIncident->store(true);
    }
    void inputFinished(const InputSummary &summary, const QList<InputError> &errors) override
    {
        finished.append(summary.displayPath);
        errorCount += int(errors.size());
    }

    qint64 total = -1;
    QStringList started;
    QStringList finished;
    QList<qint64> progressValues;
    QList<qint64> progressAtIncident;
    QList<qsizetype> progressCallsAtIncident;
    QList<IncidentPtr> found;
    int errorCount = 0;
    std::set<std::thread::id> threads;
    std::atomic_bool *cancelOnFirstIncident = nullptr;
};

} // namespace

class TestAnalysisDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!capturedReport().isEmpty());
    }

    void incidentsArriveBeforeTheScanEnds_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("plain file") << false;
        QTest::newRow("gzip file") << true;
    }

    // 700,000 filler lines (about 46 MiB, several of the scanner's 16 MiB chunks) between two
    // reports: the first incident is delivered while the scan goes on (for the plain file,
    // in its first half), the total is the file's size, and progress only grows, up to it.
    void incidentsArriveBeforeTheScanEnds()
    {
        QFETCH(bool, compressed);
        const QString path = m_dir.filePath(compressed ? u"big.log.gz"_s : u"big.log"_s);
        const QByteArray log = reportFillerReport(700000);
        QVERIFY(compressed ? writeGzip(path, log) : writeFile(path, log));
        const qint64 fileSize = QFileInfo(path).size();

        Recorder recorder;
        AnalysisRequest request;
        request.paths = {path};
        const SessionPtr session = runAnalysis(request, &recorder);

        QCOMPARE(recorder.total, fileSize);
        QVERIFY(!recorder.progressValues.isEmpty());
        QVERIFY(std::is_sorted(recorder.progressValues.cbegin(), recorder.progressValues.cend()));
        QVERIFY(recorder.progressValues.last() <= fileSize);
        QVERIFY2(recorder.progressValues.last() > fileSize * 9 / 10,
                 qPrintable(u"%1 of %2"_s.arg(recorder.progressValues.last()).arg(fileSize)));
        QCOMPARE(recorder.found.size(), 2);
        // Progress counts the file on disk: a compressed file may be read whole at once.
        QVERIFY(recorder.progressValues.size() > recorder.progressCallsAtIncident.first());
        if (!compressed)
            QVERIFY2(recorder.progressAtIncident.first() < fileSize / 2,
                     qPrintable(u"first incident at %1 of %2 bytes"_s
                                    .arg(recorder.progressAtIncident.first())
                                    .arg(fileSize)));
        QCOMPARE(recorder.started, QStringList{path});
        QCOMPARE(recorder.finished, QStringList{path});
        QCOMPARE(session->incidents.size(), 2);
        QVERIFY(session->errors.isEmpty());
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(session->incidents.at(i)->id, recorder.found.at(i)->id);
            QVERIFY(!session->incidents.at(i)->causes.isEmpty());
        }
        QCOMPARE(session->incidents.first()->causes.first().id, u"memcg-limit"_s);
        QCOMPARE(session->summary.events, 2);
    }

    // The app's way: runAnalysis on a worker thread; every callback on that thread.
    void runsOnAWorkerThread()
    {
        const QString path = m_dir.filePath(u"small.log"_s);
        QVERIFY(writeFile(path, capturedReport()));
        Recorder recorder;
        SessionPtr session;
        std::thread worker([&] {
            AnalysisRequest request;
            request.paths = {path};
            session = runAnalysis(request, &recorder);
        });
        const std::thread::id workerId = worker.get_id();
        worker.join();
        QVERIFY(session);
        QCOMPARE(session->incidents.size(), 1);
        QCOMPARE(recorder.threads.size(), std::size_t(1));
        QVERIFY(*recorder.threads.begin() == workerId);
    }

    // Cancel at the first incident: the scan stops early, the input says so, the inputs
    // after it are not read.
    void cancelStopsTheScan()
    {
        const QString big = m_dir.filePath(u"cancel.log"_s);
        QVERIFY(writeFile(big, reportFillerReport(700000)));
        const QString next = m_dir.filePath(u"next.log"_s);
        QVERIFY(writeFile(next, capturedReport()));
        std::atomic_bool cancel = false;
        Recorder recorder;
        recorder.cancelOnFirstIncident = &cancel;
        AnalysisRequest request;
        request.paths = {big, next};
        request.cancel = &cancel;
        const SessionPtr session = runAnalysis(request, &recorder);
        QVERIFY(cancel.load());
        QVERIFY(recorder.progressValues.last() < QFileInfo(big).size() / 2);
        QVERIFY(session->hasErrors());
        QStringList erroneous;
        for (const InputError &error : session->errors)
            erroneous.append(error.displayPath);
        QVERIFY(erroneous.contains(next)); // not read
        QVERIFY(session->incidents.size() <= 1);
    }

    // One incident in two inputs (the kernel log as dmesg prints it and as syslog wrote
    // it): listed once, under the id it was delivered with first.
    void idsSurviveTheMerge()
    {
        const QByteArray report = capturedReport();
        QByteArray syslog;
        for (const QByteArray &line : report.split('\n')) {
            if (!line.isEmpty())
                syslog += "Dec  5 10:00:00 node7 kernel: " + line + '\n';
        }
        const QString dmesg = m_dir.filePath(u"dmesg"_s);
        const QString messages = m_dir.filePath(u"messages"_s);
        QVERIFY(writeFile(dmesg, "[    1.000000] Linux version 6.18.44\n" + report));
        QVERIFY(writeFile(messages, syslog));
        Recorder recorder;
        AnalysisRequest request;
        request.paths = {dmesg, messages};
        const SessionPtr session = runAnalysis(request, &recorder);
        QCOMPARE(recorder.found.size(), 2); // one per input, as each was read
        QCOMPARE(session->incidents.size(), 1);
        const Incident &merged = *session->incidents.first();
        QCOMPARE(merged.id, recorder.found.first()->id);
        QCOMPARE(merged.id, dmesg + u":2"_s);
        QCOMPARE(merged.event.alsoIn.size(), 1);
        QVERIFY(session->incident(merged.id));
        QVERIFY(!session->incident(recorder.found.last()->id));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAnalysisDriver)
#include "tst_analysisdriver.moc"
