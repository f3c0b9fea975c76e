// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// KernelLogFollower's loop: when an incident is announced (after the burst that holds its
// kill line, with the reaper's line if it comes within 250 ms), what it carries (diagnosed,
// its source, the reaper's and systemd's word that came while it waited),
// what happens when the followed log fails or nothing can be followed, systemd's late word
// about an announced kill, and stopping while it waits. The logs are fakes that return
// scripted bursts (fakefollowsources.h): a real /dev/kmsg cannot be told where a burst ends,
// nor made to fail. The kmsg bursts replay a real OOM recorded on this machine
// (tests/data/follow/README.md) through the real record parser and line assembler.

#include "fakefollowsources.h"
#include "sources/follow/kernellogfollower.h"
#include "sources/follow/kernellogwatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace oom;
using oomtest::FakeLog;
using oomtest::FakeSources;

namespace {

constexpr qint64 VictimPid = 5683;

// One read() per line of the fixture.
QList<QByteArray> fixtureRecords()
{
    QFile file(QStringLiteral(OOMLENS_TEST_DATA_DIR "/follow/memcg-v1-6.18-allocator.kmsg"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    QList<QByteArray> records;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            records.append(line + '\n');
    }
    return records;
}

qsizetype indexOf(const QList<QByteArray> &records, const QByteArray &needle)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).contains(needle))
            return i;
    }
    return -1;
}

struct Outcome {
    bool ok = false;
    QString error;
    QStringList trace; // "read PATH N" from the logs, "incident PID" from the follower
    QStringList sources;
    QStringList notices;
    QStringList calls; // what the follower asked the sources for
    QList<OomEvent> incidents;
    QList<QList<Cause>> causes; // of each incident
};

// Runs the follower over `sources` until a log requests `stop` (or fails for good).
Outcome follow(FakeSources *sources, QStringList *trace, std::stop_source &stop,
               FollowOptions options = {})
{
    Outcome outcome;
    FollowCallbacks callbacks;
    callbacks.sourceChosen = [&outcome](const QString &text) {
        outcome.sources.append(text);
    };
    callbacks.notice = [&outcome](const QString &text) {
        outcome.notices.append(text);
    };
    callbacks.incident = [&outcome, trace](const IncidentPtr &incident) {
        const OomEvent &event = incident->event;
        const qint64 pid = event.victims.isEmpty() ? -1 : event.victims.first().pid.value_or(-1);
        trace->append(u"incident %1"_s.arg(pid));
        outcome.incidents.append(event);
        outcome.causes.append(incident->causes);
    };
    KernelLogFollower follower(options, std::unique_ptr<FollowSourceProvider>(sources));
    outcome.ok = follower.run(callbacks, stop.get_token(), &outcome.error);
    outcome.trace = *trace;
    outcome.calls = sources->calls; // the follower, and so `sources`, is still alive
    return outcome;
}

// /dev/kmsg opens and replays `bursts`, then stops the follower.
FakeSources *kmsgReplaying(QList<QList<QByteArray>> bursts, QStringList *trace,
                           std::stop_source *stop)
{
    auto *sources = new FakeSources;
    sources->kmsg = FakeSources::log([bursts, trace, stop] {
        auto log = std::make_unique<FakeLog>(u"/dev/kmsg"_s, bursts, true, trace);
        log->stopWhenDone = stop;
        return log;
    });
    return sources;
}

} // namespace

class TestKernelLogFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsBrieflyForTheReaperLine();
    void announcesWithoutAReaperLineWithinASecond();
    void holdsAReportStillBeingPrinted();
    void passesHistoryToTheSources();
    void switchesLogWhenReadingFails();
    void failsWhenNothingCanBeFollowed();
    void systemdsLateWordIsNotANewIncident();
    void stopsWhileWaiting();
    void watcherSignalsOnItsOwnThread();
};

// The reaper's line comes a few milliseconds after the kill burst: the incident waits for
// it (up to 250 ms) and is announced with it, as analysing the log later would show it.
void TestKernelLogFollower::waitsBrieflyForTheReaperLine()
{
    const QList<QByteArray> records = fixtureRecords();
    QStringList trace;
    std::stop_source stop;
    const QByteArray reaper =
        "6,439,5291779500,-;oom_reaper: reaped process 5683 (oomlens-test-al), now "
        "anon-rss:0kB, file-rss:0kB, shmem-rss:0kB\n";
    FakeSources *sources = kmsgReplaying({records, {reaper}}, &trace, &stop);
    const Outcome outcome = follow(sources, &trace, stop);

    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.trace,
             (QStringList{u"read /dev/kmsg 1"_s, u"read /dev/kmsg 2"_s, u"incident 5683"_s}));
    QCOMPARE(outcome.sources.size(), 1);
    QVERIFY2(outcome.sources.first().startsWith(u"following /dev/kmsg"_s),
             qPrintable(outcome.sources.first()));
    const OomEvent &event = outcome.incidents.first();
    QCOMPARE(event.sourcePath, u"/dev/kmsg"_s);
    QCOMPARE(event.constraint, std::optional<QString>(u"CONSTRAINT_MEMCG"_s));
    QVERIFY(event.memcg.oomCgroup.endsWith(u"/oomlens-test-5679"_s));
    QCOMPARE(event.victims.first().pid, std::optional<qint64>(VictimPid));
    QVERIFY(!outcome.causes.first().isEmpty()); // diagnosed before it is announced
    QCOMPARE(outcome.causes.first().first().id, u"memcg-limit"_s);
    QVERIFY(event.victims.first().reaped);
    QCOMPARE(event.victims.first().reapedAnonRssKb, std::optional<KiB>(KiB(0)));
    // The 80 records and the reaper's are the line numbers of the evidence: the report is
    // lines 3 to 80, the reaper line 81.
    QCOMPARE(event.lines.first, 3);
    QCOMPARE(event.lines.last, 81);
    QCOMPARE(event.victims.first().reaperLine.first, 81);
}

// A victim that exits before the reaper gets to it leaves no reaper line: the incident is
// announced when the wait ends, still well within a second of its kill line.
void TestKernelLogFollower::announcesWithoutAReaperLineWithinASecond()
{
    QStringList trace;
    std::stop_source stop;
    auto *sources = new FakeSources;
    QElapsedTimer sinceKill;
    sources->kmsg = FakeSources::log([&] {
        auto log = std::make_unique<FakeLog>(
            u"/dev/kmsg"_s, QList<QList<QByteArray>>{fixtureRecords()}, true, &trace);
        return log;
    });
    FollowCallbacks callbacks;
    qint64 announcedAfterMs = -1;
    bool reaped = true;
    callbacks.incident = [&](const IncidentPtr &incident) {
        announcedAfterMs = sinceKill.elapsed();
        reaped = incident->event.victims.value(0).reaped;
        stop.request_stop();
    };
    KernelLogFollower follower({}, std::unique_ptr<FollowSourceProvider>(sources));
    QString error;
    sinceKill.start();
    QVERIFY2(follower.run(callbacks, stop.get_token(), &error), qPrintable(error));
    QVERIFY(announcedAfterMs >= 0);
    QVERIFY2(announcedAfterMs < 1000, qPrintable(QString::number(announcedAfterMs)));
    QVERIFY(!reaped);
}

void TestKernelLogFollower::holdsAReportStillBeingPrinted()
{
    // The kernel went quiet in the middle of the task table (a slow console): nothing is
    // announced until the kill line has been read.
    const QList<QByteArray> records = fixtureRecords();
    const qsizetype summary = indexOf(records, "oom-kill:constraint=");
    QVERIFY(summary > 0);
    QStringList trace;
    std::stop_source stop;
    FakeSources *sources =
        kmsgReplaying({records.mid(0, summary), records.mid(summary)}, &trace, &stop);
    const Outcome outcome = follow(sources, &trace, stop);
    QCOMPARE(outcome.trace,
             (QStringList{u"read /dev/kmsg 1"_s, u"read /dev/kmsg 2"_s, u"incident 5683"_s}));
    QCOMPARE(outcome.incidents.size(), 1);
    QCOMPARE(outcome.incidents.first().tasks.size(), 1); // one report, not two halves
}

void TestKernelLogFollower::passesHistoryToTheSources()
{
    // watch shows only new incidents unless --history asks for the old ones too.
    for (const bool history : {false, true}) {
        QStringList trace;
        std::stop_source stop;
        FollowOptions options;
        options.history = history;
        const Outcome outcome = follow(kmsgReplaying({}, &trace, &stop), &trace, stop, options);
        QCOMPARE(outcome.calls,
                 (QStringList{u"kmsg history=%1"_s.arg(int(history)),
                              u"journal kernel=0 history=%1"_s.arg(int(history))}));
    }
}

void TestKernelLogFollower::switchesLogWhenReadingFails()
{
    // A kernel that checks dmesg_restrict on read() instead of open(): /dev/kmsg opens, the
    // first read fails, and the journal takes over from now on (without its history).
    QStringList trace;
    std::stop_source stop;
    auto *sources = new FakeSources;
    sources->kmsg = FakeSources::log([&trace] {
        auto log =
            std::make_unique<FakeLog>(u"/dev/kmsg"_s, QList<QList<QByteArray>>{}, true, &trace);
        log->failImmediately = EPERM;
        return log;
    });
    const QList<QByteArray> journalLines = {
        "2024-01-02T03:04:05.123456+00:00 node7 kernel: Out of memory: Killed process 123 (foo) "
        "total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB",
    };
    sources->journalKernel = FakeSources::log([&trace, &stop, journalLines] {
        auto log = std::make_unique<FakeLog>(u"journal"_s, QList<QList<QByteArray>>{journalLines},
                                             false, &trace);
        log->stopWhenDone = &stop;
        return log;
    });
    FollowOptions options;
    options.history = true;
    const Outcome outcome = follow(sources, &trace, stop, options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.sources.size(), 2);
    QCOMPARE(outcome.sources.at(1),
             u"/dev/kmsg: read failed: permission denied, following the journal"_s);
    QCOMPARE(outcome.trace, (QStringList{u"read journal 1"_s, u"incident 123"_s}));
    QCOMPARE(outcome.incidents.first().sourcePath, u"journal"_s);
}

void TestKernelLogFollower::failsWhenNothingCanBeFollowed()
{
    QStringList trace;
    std::stop_source stop;
    auto *sources = new FakeSources;
    sources->kmsg = FakeSources::refuse(EPERM, {});
    sources->dmesgRestrictValue = 1;
    const Outcome outcome = follow(sources, &trace, stop);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.sources.isEmpty());
    QVERIFY2(
        outcome.error.startsWith(u"no kernel log can be followed: /dev/kmsg: permission denied "
                                 "(kernel.dmesg_restrict=1); there are no journal files"_s),
        qPrintable(outcome.error));
}

void TestKernelLogFollower::systemdsLateWordIsNotANewIncident()
{
    // The journal as a fallback: the kernel's kill line, then (after the incident was
    // announced) systemd's two messages about the unit. One incident, not three. A unit
    // result with no kill before it is an incident of its own.
    const QByteArray kill =
        "2024-01-02T03:04:05.123456+00:00 node7 kernel: Out of memory: Killed process 123 "
        "(foo) total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB";
    const QByteArray killedByOom =
        "2024-01-02T03:04:05.200000+00:00 node7 systemd[1]: foo.service: A process "
        "of this unit has been killed by the OOM killer.";
    const QByteArray failed =
        "2024-01-02T03:04:05.300000+00:00 node7 systemd[1]: foo.service: Failed with "
        "result 'oom-kill'.";
    const QByteArray otherUnit =
        "2024-01-02T03:09:05.200000+00:00 node7 systemd[1]: bar.service: A process "
        "of this unit has been killed by the OOM killer.";
    QStringList trace;
    std::stop_source stop;
    auto *sources = new FakeSources;
    sources->kmsg = FakeSources::refuse(EPERM, {});
    sources->journalKernel = FakeSources::log([&] {
        auto log = std::make_unique<FakeLog>(
            u"journal"_s, QList<QList<QByteArray>>{{kill}, {killedByOom}, {failed}}, false, &trace);
        log->stopWhenDone = &stop;
        return log;
    });
    Outcome outcome = follow(sources, &trace, stop);
    QCOMPARE(outcome.incidents.size(), 1);
    QCOMPARE(outcome.incidents.first().victims.first().pid, std::optional<qint64>(123));
    // Both came while the kill waited for a reaper line: they are part of the incident.
    QCOMPARE(outcome.incidents.first().units.size(), 2);

    trace.clear();
    std::stop_source stop2;
    sources = new FakeSources;
    sources->kmsg = FakeSources::refuse(EPERM, {});
    sources->journalKernel = FakeSources::log([&] {
        auto log = std::make_unique<FakeLog>(
            u"journal"_s, QList<QList<QByteArray>>{{otherUnit}, {failed}}, false, &trace);
        log->stopWhenDone = &stop2;
        return log;
    });
    outcome = follow(sources, &trace, stop2);
    QCOMPARE(outcome.incidents.size(), 2); // bar.service, then foo.service: two units, two kills
    QVERIFY(outcome.incidents.first().notes.contains(u"only-unit-result-in-log"_s));
}

void TestKernelLogFollower::stopsWhileWaiting()
{
    QStringList trace;
    auto *sources = new FakeSources;
    sources->kmsg = FakeSources::log([&trace] {
        auto log =
            std::make_unique<FakeLog>(u"/dev/kmsg"_s, QList<QList<QByteArray>>{}, true, &trace);
        log->blockWhenDone = true; // poll() without a timeout: only the stop can end it
        return log;
    });
    KernelLogFollower follower({}, std::unique_ptr<FollowSourceProvider>(sources));
    std::stop_source stop;
    std::thread stopper([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        stop.request_stop();
    });
    QElapsedTimer clock;
    clock.start();
    const bool ok = follower.run({}, stop.get_token());
    stopper.join();
    QVERIFY(ok);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestKernelLogFollower::watcherSignalsOnItsOwnThread()
{
    // The GUI's wrapper: the follower runs on a thread, the signals come to the watcher's.
    const QList<QByteArray> records = fixtureRecords();
    auto *sources = new FakeSources;
    sources->kmsg = FakeSources::log([records] {
        auto log = std::make_unique<FakeLog>(u"/dev/kmsg"_s, QList<QList<QByteArray>>{records},
                                             true, nullptr);
        log->blockWhenDone = true; // until the watcher stops it
        return log;
    });
    auto watcher = std::make_unique<KernelLogWatcher>(
        FollowOptions{}, std::unique_ptr<FollowSourceProvider>(sources));
    QSignalSpy sourceSpy(watcher.get(), &KernelLogWatcher::sourceChanged);
    QList<QThread *> incidentThreads;
    IncidentPtr received;
    connect(watcher.get(), &KernelLogWatcher::incident, this, [&](IncidentPtr incident) {
        incidentThreads.append(QThread::currentThread());
        received = std::move(incident);
    });
    watcher->start();
    QTRY_VERIFY(received);
    QCOMPARE(incidentThreads, QList<QThread *>{QThread::currentThread()});
    QCOMPARE(received->event.victims.first().pid, std::optional<qint64>(VictimPid));
    QCOMPARE(sourceSpy.size(), 1);
    QVERIFY(watcher->isRunning());
    watcher.reset(); // stops and joins without hanging
}

QTEST_GUILESS_MAIN(TestKernelLogFollower)
#include "tst_kernellogfollower.moc"
