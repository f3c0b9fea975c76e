// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// `oomlens-cli collect` and the bundle it writes, opened again as a Root (in memory) and by
// analyze: from the fixture roots of tests/data/proc (exact comparisons), and from this
// machine as root and as nobody (compared with the live system read right after).

#include "helpers/bundlefiles.h"
#include "sources/bundle/bundlecollector.h"
#include "sources/input/analyzer.h"
#include "sources/input/logselection.h"
#include "sources/system/systemtree.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::bundlefiles;

namespace {

QString fixtureRoot(const QString &scenario)
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR "/proc/") + scenario;
}

// Events of the kernel log (live: /dev/kmsg or its fallbacks; bundle: logs/kernel.log) and
// of the journal, counted apart: the bundle's journal part covers every boot, the live
// reader's only this boot and the one before, so only the kernel parts must be equal.
struct EventCounts {
    int kernel = 0;
    int journal = 0;
};

EventCounts countEvents(const AnalyzeResult &r)
{
    EventCounts counts;
    for (const OomEvent &event : r.events) {
        if (event.sourcePath == u"journal"_s
            || event.sourcePath.endsWith(u"!/logs/journal-oom.log"_s))
            ++counts.journal;
        else
            ++counts.kernel;
    }
    return counts;
}

} // namespace

class TestCollect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSet<QString> m_rootSystemFiles; // the root bundle's files outside proc/<pid>

    // The bundle's files outside proc/<pid> and the cgroup tree: processes come and go,
    // and tests running in parallel (tst_realoom, tst_watch) create and remove cgroups
    // between two collections.
    static QSet<QString> systemFiles(const QList<Member> &members)
    {
        static const QRegularExpression changing(u"^(proc/[0-9]+/|sys/fs/cgroup/)"_s);
        QSet<QString> out;
        for (const Member &m : members) {
            if (!changing.match(m.path).hasMatch())
                out.insert(m.path);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)); // nobody writes too
    }

    // A bundle of a fixture root reads exactly like the fixture: same readers, same values.
    void fixtureBundleReadsLikeTheFixture_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("v2 server") << u"v2"_s;
        QTest::newRow("RHEL 7 v1 without PSI") << u"v1"_s;
        QTest::newRow("hybrid development machine") << u"hybrid"_s;
    }
    void fixtureBundleReadsLikeTheFixture()
    {
        QFETCH(QString, scenario);
        const QString bundle = m_dir.filePath(scenario + u".tar.zst"_s);
        const QStringList arguments = {u"collect"_s, u"--root"_s, fixtureRoot(scenario), u"-o"_s,
                                       bundle};
        const CliRun run = runCli(QStringLiteral(OOMLENS_CLI), arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<Member> members = readBundle(bundle);
        QCOMPARE(members.value(0).path, u"MANIFEST"_s);
        for (const Member &m : members)
            QVERIFY2(allowed(m.path), qPrintable(m.path));

        const Root archive(bundle); // a file: read as an archive, into memory
        QVERIFY(archive.isArchive());
        QVERIFY2(archive.isValid(), qPrintable(archive.openErrorString()));
        const Snapshot fromBundle = SystemTree(archive).read();
        const Snapshot fromFixture = SystemTree(Root(fixtureRoot(scenario))).read();
        // Each fixture has all of these, so the comparisons below compare something.
        QVERIFY(!fromFixture.meminfo.isEmpty());
        QVERIFY(!fromFixture.zones.isEmpty());
        QVERIFY(!fromFixture.cgroups.isEmpty());
        QVERIFY(!fromFixture.processes.isEmpty());
        QCOMPARE(fromBundle.kernelRelease, fromFixture.kernelRelease);
        QCOMPARE(fromBundle.meminfo, fromFixture.meminfo);
        QCOMPARE(fromBundle.vmstat, fromFixture.vmstat);
        QCOMPARE(fromBundle.pageSize.value, fromFixture.pageSize.value);
        QCOMPARE(fromBundle.zones.size(), fromFixture.zones.size());
        for (qsizetype i = 0; i < fromBundle.zones.size(); ++i) {
            QCOMPARE(fromBundle.zones[i].name, fromFixture.zones[i].name);
            QCOMPARE(fromBundle.zones[i].free, fromFixture.zones[i].free);
            QCOMPARE(fromBundle.zones[i].min, fromFixture.zones[i].min);
            QCOMPARE(fromBundle.zones[i].freeBlocksPerOrder,
                     fromFixture.zones[i].freeBlocksPerOrder);
            QCOMPARE(fromBundle.zones[i].freeByMigrateType, fromFixture.zones[i].freeByMigrateType);
        }
        QCOMPARE(fromBundle.memoryPressure, fromFixture.memoryPressure);
        QCOMPARE(fromBundle.swaps, fromFixture.swaps);
        QCOMPARE(fromBundle.vmSysctls, fromFixture.vmSysctls);
        QCOMPARE(fromBundle.numaNodes.size(), fromFixture.numaNodes.size());
        QCOMPARE(fromBundle.cgroupLayout, fromFixture.cgroupLayout);
        QCOMPARE(fromBundle.cgroups.size(), fromFixture.cgroups.size());
        for (qsizetype i = 0; i < fromBundle.cgroups.size(); ++i) {
            QCOMPARE(fromBundle.cgroups[i].path, fromFixture.cgroups[i].path);
            QCOMPARE(fromBundle.cgroups[i].memoryUsage(), fromFixture.cgroups[i].memoryUsage());
            QCOMPARE(fromBundle.cgroups[i].memoryLimit(), fromFixture.cgroups[i].memoryLimit());
            QCOMPARE(fromBundle.cgroups[i].stat, fromFixture.cgroups[i].stat);
        }
        QCOMPARE(fromBundle.processes.size(), fromFixture.processes.size());
        for (qsizetype i = 0; i < fromBundle.processes.size(); ++i) {
            QCOMPARE(fromBundle.processes[i].pid, fromFixture.processes[i].pid);
            QCOMPARE(fromBundle.processes[i].vmRss, fromFixture.processes[i].vmRss);
            QCOMPARE(fromBundle.processes[i].oomScoreAdj, fromFixture.processes[i].oomScoreAdj);
            QCOMPARE(fromBundle.processes[i].cmdline, fromFixture.processes[i].cmdline);
            QCOMPARE(fromBundle.processes[i].cgroups, fromFixture.processes[i].cgroups);
        }
        const QJsonObject manifest = manifestOf(members);
        QCOMPARE(manifest.value(u"schema"_s).toString(), u"oomlens.bundle/1"_s);
        QCOMPARE(manifest.value(u"kernel"_s).toString(), fromFixture.kernelRelease);
        QVERIFY(manifest.value(u"notes"_s)
                    .toArray()
                    .contains(u"Not the live system: no kernel log or journal was collected."_s));
    }

    // This machine, as root: the manifest, the files, the bounds, and the bundle against
    // the live system read right after.
    void liveBundleAsRoot()
    {
        if (::geteuid() != 0)
            QSKIP("needs root (sudo ctest -R tst_collect): pagetypeinfo and /dev/kmsg are root's");
        QString liveSource;
        const EventCounts eventsBefore = countEvents(analyzeLiveKernelLog(&liveSource));
        const QString bundle = m_dir.filePath(u"root.tar.zst"_s);
        const CliRun run = runCli(QStringLiteral(OOMLENS_CLI), {u"collect"_s, u"-o"_s, bundle});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Snapshot live = SystemTree(Root(u"/"_s)).read();
        const EventCounts eventsAfter = countEvents(analyzeLiveKernelLog(&liveSource));

        QVERIFY(QFileInfo(bundle).size() <= BundleLimits().maxTotalBytes);
        QCOMPARE(QFileInfo(bundle).permissions() & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
        const QList<Member> members = readBundle(bundle);
        QCOMPARE(members.value(0).path, u"MANIFEST"_s);
        qint64 content = 0;
        for (const Member &m : members) {
            QVERIFY2(allowed(m.path), qPrintable(m.path));
            content += m.data.size() + 512;
        }
        QVERIFY(content <= BundleLimits().maxTotalBytes + members.first().data.size() + 512);
        const QJsonObject manifest = manifestOf(members);
        QCOMPARE(manifest.value(u"schema"_s).toString(), u"oomlens.bundle/1"_s);
        QCOMPARE(manifest.value(u"host"_s).toString(), live.hostname);
        QCOMPARE(manifest.value(u"kernel"_s).toString(), live.kernelRelease);
        QVERIFY(manifest.value(u"tool"_s).toString().startsWith(u"oomlens-cli "_s));
        QCOMPARE(manifest.value(u"limits"_s).toObject().value(u"maxTotalBytes"_s).toInteger(),
                 BundleLimits().maxTotalBytes);
        QVERIFY(manifest.value(u"stopped"_s).isNull());
        QCOMPARE(manifest.value(u"totals"_s).toObject().value(u"files"_s).toInteger(),
                 members.size() - 1);
        // Every file the manifest lists is in the archive with that size.
        QHash<QString, qsizetype> sizes;
        for (const Member &m : members)
            sizes.insert(m.path, m.data.size());
        for (const QJsonValue &f : manifest.value(u"files"_s).toArray()) {
            const QString path = f.toObject().value(u"path"_s).toString();
            QVERIFY2(sizes.contains(path), qPrintable(path));
            QCOMPARE(sizes.value(path), f.toObject().value(u"size"_s).toInteger());
        }
        for (const char *required :
             {"proc/meminfo", "proc/zoneinfo", "proc/buddyinfo", "proc/vmstat", "proc/pagetypeinfo",
              "proc/sys/vm/overcommit_memory"})
            QVERIFY2(sizes.contains(QString::fromLatin1(required)), required);
        if (liveSource.startsWith(u"/dev/kmsg"_s))
            QVERIFY(sizes.contains(u"logs/kernel.log"_s));
        // Only the cgroup mounts of mountinfo.
        for (const Member &m : members) {
            if (m.path != u"proc/self/mountinfo"_s)
                continue;
            for (const QByteArray &line : m.data.split('\n'))
                QVERIFY2(line.isEmpty() || line.contains(" - cgroup"), line.constData());
        }
        m_rootSystemFiles = systemFiles(members);

        // analyzePaths reads it as an oomlens bundle: MANIFEST first, then only logs/.
        LogSelection selection;
        for (const Member &m : members) {
            selection.notice(m.path);
            QCOMPARE(selection.bundleOf(m.path), BundleKind::OomLensBundle);
            QCOMPARE(selection.classify(m.path) == FileRole::Read, m.path.startsWith(u"logs/"_s));
        }

        // The bundle as a Root, against the live system right after.
        const Snapshot fromBundle = SystemTree(Root(bundle)).read();
        QCOMPARE(fromBundle.meminfo.kib(u"MemTotal"), live.meminfo.kib(u"MemTotal"));
        QCOMPARE(fromBundle.zones.size(), live.zones.size());
        // Stated by the MANIFEST: never inferred from this machine's memory layout.
        QCOMPARE(fromBundle.pageSize.value, live.pageSize.value);
        QVERIFY(!fromBundle.pageSizeInferred);
        QCOMPARE(fromBundle.cgroupLayout, live.cgroupLayout);
        QSet<qint64> bundlePids;
        QSet<qint64> livePids;
        for (const ProcessInfo &p : fromBundle.processes)
            bundlePids.insert(p.pid);
        for (const ProcessInfo &p : live.processes)
            livePids.insert(p.pid);
        const qsizetype common = QSet<qint64>(bundlePids).intersect(livePids).size();
        qInfo("processes: bundle %lld, live %lld, in both %lld", qint64(bundlePids.size()),
              qint64(livePids.size()), qint64(common));
        QVERIFY(bundlePids.contains(1));
        QVERIFY(bundlePids.contains(::getpid())); // this test was running all along
        // Processes come and go between the two reads (other test suites run here too).
        QVERIFY(common * 10 >= qMin(bundlePids.size(), livePids.size()) * 8);

        // The same OOM events as the live kernel log (none are provoked; others may be).
        const AnalyzeResult analyzed = analyzePaths({bundle});
        QVERIFY(analyzed.errors.isEmpty()
                || analyzed.errors.first().severity == InputError::Severity::Warning);
        const EventCounts bundleEvents = countEvents(analyzed);
        qInfo(
            "OOM events in the kernel log: live before %d, bundle %d, live after %d; in the "
            "journal: live %d, bundle %d",
            eventsBefore.kernel, bundleEvents.kernel, eventsAfter.kernel, eventsAfter.journal,
            bundleEvents.journal);
        QVERIFY(bundleEvents.kernel >= eventsBefore.kernel);
        QVERIFY(bundleEvents.kernel <= eventsAfter.kernel);
        QVERIFY(bundleEvents.journal >= eventsBefore.journal);
        for (const InputSummary &input : analyzed.inputs)
            QVERIFY2(input.displayPath.contains(u"!/logs/"_s), qPrintable(input.displayPath));
    }

    // The same as nobody: fewer files, each missing one said.
    void liveBundleAsNobody()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run the collector as nobody (setpriv)");
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed");
        const QString bundle = m_dir.filePath(u"nobody.tar.zst"_s);
        const CliRun run = runCli(
            QStringLiteral(OOMLENS_CLI), {u"collect"_s, u"-o"_s, bundle},
                           {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("left out: proc/pagetypeinfo: permission denied"));
        const QList<Member> members = readBundle(bundle);
        for (const Member &m : members)
            QVERIFY2(allowed(m.path), qPrintable(m.path));
        const QJsonObject manifest = manifestOf(members);
        QCOMPARE(manifest.value(u"collector"_s).toObject().value(u"euid"_s).toInteger(), 65534);
        QStringList leftOut;
        for (const QJsonValue &v : manifest.value(u"leftOut"_s).toArray())
            leftOut.append(v.toObject().value(u"path"_s).toString() + u": "_s
                           + v.toObject().value(u"reason"_s).toString());
        QVERIFY2(leftOut.contains(u"proc/pagetypeinfo: permission denied"_s),
                 qPrintable(leftOut.join(u'\n')));
        QVERIFY(
            manifest.value(u"notes"_s).toArray().first().toString().contains(u"regular user"_s));
        if (!m_rootSystemFiles.isEmpty()) {
            const QSet<QString> mine = systemFiles(members);
            QVERIFY(mine.size() < m_rootSystemFiles.size());
            QSet<QString> extra = mine;
            extra.subtract(m_rootSystemFiles);
            extra.remove(u"MANIFEST"_s);
            QVERIFY2(extra.isEmpty(), qPrintable(QStringList(extra.values()).join(u' ')));
        }
        // The bundle of a regular user still opens, with what it has.
        const Snapshot fromBundle = SystemTree(Root(bundle)).read();
        QVERIFY(fromBundle.meminfo.kib(u"MemTotal").has_value());
        QVERIFY(!fromBundle.zones.isEmpty());
    }

    // The bounds, with small limits so this machine reaches them.
    void limitsAreRecorded()
    {
        const QString path = m_dir.filePath(u"small.tar.zst"_s);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        CollectOptions options;
        options.lowerPriority = false; // the test process itself
        options.rootPath = fixtureRoot(u"v2"_s);
        options.limits.maxTotalBytes = 24 * 1024;
        const CollectResult result = BundleCollector::collect(fd, options);
        ::close(fd);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<Member> members = readBundle(path);
        qint64 content = 0;
        for (const Member &m : members.sliced(1))
            content += m.data.size() + 512;
        QVERIFY(content <= options.limits.maxTotalBytes);
        const QJsonObject manifest = manifestOf(members);
        const QString reason =
            manifest.value(u"processTable"_s).toObject().value(u"leftOut"_s).toString();
        QVERIFY2(reason.contains(u"size limit"_s), qPrintable(reason));
        QVERIFY(!result.leftOut.isEmpty());

        // No time at all: the archive is still whole, and says where it stopped.
        const QString late = m_dir.filePath(u"late.tar.zst"_s);
        const int fd2 =
            ::open(QFile::encodeName(late).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        options.limits = BundleLimits();
        options.limits.maxSeconds = 0;
        const CollectResult stopped = BundleCollector::collect(fd2, options);
        ::close(fd2);
        QVERIFY(stopped.ok);
        const QJsonObject lateManifest = manifestOf(readBundle(late));
        QVERIFY(lateManifest.value(u"stopped"_s)
                    .toObject()
                    .value(u"reason"_s)
                    .toString()
                    .contains(u"time limit"_s));
        for (const QString &section : {u"cgroupTree"_s, u"processTable"_s})
            QVERIFY(!lateManifest.value(section).toObject().value(u"complete"_s).toBool());
        const Snapshot partial = SystemTree(Root(late)).read();
        QVERIFY(!partial.notes.isEmpty());
    }

    void standardOutput()
    {
        const QStringList arguments = {u"collect"_s, u"--root"_s, fixtureRoot(u"v1"_s), u"-o"_s,
                                       u"-"_s};
        const CliRun run = runCli(QStringLiteral(OOMLENS_CLI), arguments);
        QCOMPARE(run.exitCode, 0);
        const QString path = m_dir.filePath(u"stdout.tar.zst"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out);
        file.close();
        QCOMPARE(readBundle(path).value(0).path, u"MANIFEST"_s);
    }

    void notABundle()
    {
        const QString path = m_dir.filePath(u"plain.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just text\n");
        file.close();
        const Root root(path);
        QVERIFY(root.isArchive());
        QVERIFY(!root.isValid());
        QVERIFY(!root.openErrorString().isEmpty());
        const Snapshot s = SystemTree(root).read();
        QCOMPARE(s.notes.size(), 1);
        QVERIFY(s.notes.first().message.contains(root.openErrorString()));
    }
};

QTEST_GUILESS_MAIN(TestCollect)
#include "tst_collect.moc"
