// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// LiveSampler on this machine (a few real ticks on the worker thread, pause and resume)
// and on the fixture roots of tests/data/proc: v1 is a RHEL 7 server without PSI.

#include "sources/live/livesampler.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace std::chrono_literals;

namespace {

QString fixtureRoot(const QString &scenario)
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR "/proc/") + scenario;
}

const SnapshotNote *findNote(const QList<SnapshotNote> &notes, NoteKind kind,
                             const QString &subject)
{
    for (const SnapshotNote &note : notes) {
        if (note.kind == kind && note.subject == subject)
            return &note;
    }
    return nullptr;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

QString describe(const QList<SnapshotNote> &notes)
{
    QStringList lines;
    for (const SnapshotNote &note : notes)
        lines.append(QString::number(int(note.kind)) + u' ' + note.subject + u": "_s
                     + note.message);
    return lines.join(u'\n');
}

} // namespace

class TestLiveSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(u"/proc/meminfo"_s))
            QSKIP("needs a Linux /proc (run on the machine, not in a sandbox without /proc)");
    }

    // One sample of this machine, on the test's thread.
    void liveSampleNow()
    {
        LiveSampler sampler(Root(u"/"_s));
        const SampleFramePtr frame = sampler.sampleNow();
        QVERIFY(frame);
        const SystemSample &s = frame->system;
        QVERIFY(s.has(SampleField::MemTotal));
        QVERIFY(s.has(SampleField::MemFree));
        QVERIFY(s.has(SampleField::MemAvailable));
        QVERIFY(s.memTotalKiB > KiB(0) && s.memAvailableKiB <= s.memTotalKiB);
        QVERIFY(s.has(SampleField::Zones));
        QVERIFY(!frame->zones.empty());
        for (const ZoneSample &z : frame->zones) {
            QVERIFY(z.known & ZoneSample::Free);
            QVERIFY(z.known & ZoneSample::Watermarks);
            QVERIFY(z.minPages <= z.lowPages && z.lowPages <= z.highPages);
            QVERIFY(z.known & ZoneSample::Managed); // every supported kernel is 3.8+
            QVERIFY(z.freePages <= z.managedPages);
            QVERIFY(z.orders >= 11); // buddyinfo: MAX_PAGE_ORDER + 1 columns
            QVERIFY(!frame->zoneTable.value(z.zoneId).second.isEmpty());
        }
        QVERIFY(s.has(SampleField::OomKills)); // every supported kernel is 4.13+
        if (QFile::exists(u"/proc/pressure/memory"_s)
            && ::access("/proc/pressure/memory", R_OK) == 0)
            QVERIFY(s.has(SampleField::MemoryPressure));
        else
            QVERIFY(findNote(sampler.notes(), NoteKind::Unsupported, u"proc/pressure"_s));
        QVERIFY(!s.has(SampleField::Processes)); // not asked for
        QCOMPARE(frame->sequence, 0u);
        QCOMPARE(frame->pageSize.value, ::sysconf(_SC_PAGESIZE) / 1024);
        // Each tracked cgroup names a path; the root cgroup is meminfo's business.
        for (const CgroupSample &c : frame->cgroups) {
            const QString path = frame->cgroupTable.value(c.cgroupId);
            QVERIFY(path.startsWith(u'/') && path != u"/"_s);
        }
    }

    // The worker: ticks while subscribed, sleeps otherwise, flags the first sample after.
    void workerPausesAndResumes()
    {
        LiveSamplerOptions options;
        options.interval = 50ms;
        LiveSampler sampler(Root(u"/"_s), options);
        // sampleAdded is emitted on the worker. A QSignalSpy would record it there, racing
        // the test's reads and its own destruction; a receiver on this thread gets it
        // queued, as the app's pages do, and drops what is still queued when it goes.
        QObject receiver;
        QList<SampleFramePtr> added;
        connect(&sampler, &LiveSampler::sampleAdded, &receiver, [&added](SampleFramePtr frame) {
            added.append(std::move(frame));
        });
        QCOMPARE(sampler.samplesTaken(), 0u); // nothing watches yet
        {
            const LiveSampler::Subscription watching = sampler.subscribe();
            QVERIFY(sampler.isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(added.size() >= 3, 5000);
        }
        QVERIFY(!sampler.isRunning());
        // Whatever tick was under way when the subscription ended may still land.
        const quint64 atPause = sampler.samplesTaken();
        QTest::qWait(300); // six intervals: a running sampler would add about six samples
        QVERIFY(sampler.samplesTaken() <= atPause + 1);
        const quint64 beforeResume = sampler.samplesTaken();

        sampler.setEnabled(true); // the QML way: `enabled: page.visible`
        QTRY_VERIFY_WITH_TIMEOUT(sampler.samplesTaken() > beforeResume, 5000);
        sampler.setEnabled(false);
        const SampleHistory history = sampler.history();
        const SystemSample &resumed = *history.at(qsizetype(beforeResume)).system;
        QVERIFY(resumed.hasFlag(SampleFlag::AfterGap));
        QVERIFY(!history.at(1).system->hasFlag(SampleFlag::AfterGap));
        // Frames arrive in order, each a sample of its own.
        quint64 previous = 0;
        for (int i = 0; i < added.size(); ++i) {
            const SampleFramePtr &frame = added.at(i);
            QVERIFY(frame);
            if (i > 0)
                QVERIFY(frame->sequence > previous);
            previous = frame->sequence;
        }
    }

    void processTickIsOptional()
    {
        LiveSamplerOptions options;
        options.processEveryTicks = 2;
        LiveSampler sampler(Root(u"/"_s), options);
        QSignalSpy tables(&sampler, &LiveSampler::processesUpdated);
        QVERIFY(sampler.sampleNow()->system.has(SampleField::Processes)); // tick 0
        QVERIFY(!sampler.sampleNow()->system.has(SampleField::Processes)); // tick 1
        QCOMPARE(tables.size(), 1);
        const ProcessTablePtr table = sampler.processes();
        QVERIFY(table && !table->processes.isEmpty());
        QVERIFY(std::any_of(table->processes.cbegin(), table->processes.cend(),
                            [](const ProcessInfo &p) {
                                return p.pid == ::getpid();
                            }));
    }

    // A RHEL 7 root: no proc/pressure at all, cgroup v1 only. The sample says what is
    // unknown; the notes say why; everything else is there.
    void fixtureWithoutPsi()
    {
        LiveSampler sampler(Root(fixtureRoot(u"v1"_s)));
        const SampleFramePtr frame = sampler.sampleNow();
        const QList<SnapshotNote> notes = sampler.notes();
        const SnapshotNote *psi = findNote(notes, NoteKind::Unsupported, u"proc/pressure"_s);
        QVERIFY2(psi, qPrintable(describe(notes)));
        QVERIFY(psi->message.contains(u"PSI"_s) || psi->message.contains(u"Pressure"_s));
        QVERIFY(!frame->system.has(SampleField::MemoryPressure));
        QVERIFY(!frame->system.has(SampleField::CpuPressure));
        QVERIFY(frame->system.has(SampleField::MemTotal));
        QVERIFY(frame->system.has(SampleField::Zones));
        // 3.10 has no oom_kill in vmstat: unknown, with the reason.
        QVERIFY(!frame->system.has(SampleField::OomKills));
        QVERIFY2(findNote(notes, NoteKind::Unsupported, u"proc/vmstat"_s),
                 qPrintable(describe(notes)));
        // cgroup v1 only: tracked all the same, and said.
        QVERIFY(frame->system.has(SampleField::Cgroups));
        QVERIFY(!frame->cgroups.empty());
        for (const CgroupSample &c : frame->cgroups)
            QVERIFY(c.flags & CgroupSample::V1);
        QVERIFY2(findNote(notes, NoteKind::Layout, u"sys/fs/cgroup/memory"_s),
                 qPrintable(describe(notes)));
        // Not the live system: no "not root" note whoever runs the test.
        QVERIFY(!findNote(notes, NoteKind::Layout, u"/"_s));
    }

    // Processes that exit mid-read and cgroups removed between ticks are normal: the v2
    // fixture's pid 4000 has only its stat (it "exited" while read).
    void vanishedProcessesAndCgroups()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixtureRoot(u"v2"_s), dir.path()));
        LiveSamplerOptions options;
        options.processEveryTicks = 1;
        LiveSampler sampler(Root(dir.path()), options);
        const SampleFramePtr first = sampler.sampleNow();
        const ProcessTablePtr table = sampler.processes();
        QVERIFY(table);
        QVERIFY(std::none_of(table->processes.cbegin(), table->processes.cend(),
                             [](const ProcessInfo &p) {
                                 return p.pid == 4000;
                             }));
        QVERIFY2(std::any_of(table->notes.cbegin(), table->notes.cend(),
                             [](const SnapshotNote &n) {
                                 return n.kind == NoteKind::Vanished;
                             }),
                 qPrintable(describe(table->notes)));
        const auto tracked = [](const SampleFrame &frame, const QString &path) {
            return std::any_of(frame.cgroups.cbegin(), frame.cgroups.cend(),
                               [&](const CgroupSample &c) {
                                   return frame.cgroupTable.value(c.cgroupId) == path;
                               });
        };
        const QString nginx = u"/system.slice/nginx.service"_s;
        QVERIFY(tracked(*first, nginx));
        QVERIFY(
            QDir(dir.filePath(u"sys/fs/cgroup/system.slice/nginx.service"_s)).removeRecursively());
        const SampleFramePtr second = sampler.sampleNow(); // notices, drops it
        QVERIFY(second->system.has(SampleField::Cgroups));
        QVERIFY(!tracked(*second, nginx));
        const SampleFramePtr third = sampler.sampleNow(); // picks the largest again
        QVERIFY(!tracked(*third, nginx));
        QCOMPARE(third->cgroups.size(), second->cgroups.size());
    }

    void missingRootIsANoteNotACrash()
    {
        LiveSampler sampler(Root(u"/nonexistent/oomlens-root"_s));
        const SampleFramePtr frame = sampler.sampleNow();
        QCOMPARE(frame->system.known, 0u);
        QCOMPARE(sampler.notes().size(), 1);
    }

    // As a regular user the sampler says so. As root, the test runs itself as nobody.
    void nonRootNote()
    {
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            if (setpriv.isEmpty())
                QSKIP(
                    "running as root without setpriv (util-linux): run the test as a regular user");
            QProcess child;
            child.start(setpriv,
                        {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                         QCoreApplication::applicationFilePath(), u"nonRootNote"_s});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
            if (output.contains("Permission denied") && child.exitCode() != 0)
                QSKIP(
                    "the test binary is not executable by nobody here: run the test as a regular "
                    "user");
            QVERIFY2(child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestLiveSampler::nonRootNote"), output.constData());
            return;
        }
        LiveSampler sampler(Root(u"/"_s));
        const SampleFramePtr frame = sampler.sampleNow();
        const SnapshotNote *note = findNote(sampler.notes(), NoteKind::Layout, u"/"_s);
        QVERIFY2(note, qPrintable(describe(sampler.notes())));
        QVERIFY(note->message.contains(u"root"_s));
        // ... and still samples what every user may read.
        QVERIFY(frame->system.has(SampleField::MemAvailable));
        QVERIFY(frame->system.has(SampleField::Zones));
    }
};

QTEST_GUILESS_MAIN(TestLiveSampler)
#include "tst_livesampler.moc"
