// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The live ranking against the kernel (docs/kernel-formats.md §2.6): the product code (SystemTree
// with the ranking's process files, rankSnapshot() → rankCandidates()) predicts every process's
// /proc/<pid>/oom_score, and the kernel's file must agree within ±1 for at least 99 % of
// ALL processes on this machine, and for every one of the 20 processes this test starts
// with known sizes and oom_score_adj values from -1000 to +1000.
//
// "As close together in time as possible": each process is read once more by the product
// (SystemTree::readProcess) and its oom_score file right after it, microseconds apart; a
// process that exits in between is excluded and counted. The whole-table read (one
// snapshot, then the files, as `oomlens-cli rank` does) is reported as well: there a
// compiler growing by 40 MB between the two reads moves one point, so only the test's own
// (sleeping) children are asserted on it.

#include "helpers/liveranksupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::liveranktest;

namespace {

struct ChildSpec {
    const char *name;
    int adj;
    int mib;
};

// Sizes and adjustments across the range, including the rounding edges ±1 and 999.
constexpr ChildSpec Children[] = {
    {"adj -1000 (never killed), 8 MiB", -1000, 8},
    {"adj -999, 64 MiB", -999, 64},
    {"adj -999, 1 MiB", -999, 1},
    {"adj -500, 32 MiB", -500, 32},
    {"adj -500, 128 MiB", -500, 128},
    {"adj -100, 16 MiB", -100, 16},
    {"adj -1, 24 MiB", -1, 24},
    {"adj 0, 1 MiB", 0, 1},
    {"adj 0, 4 MiB", 0, 4},
    {"adj 0, 16 MiB", 0, 16},
    {"adj 0, 64 MiB", 0, 64},
    {"adj 0, 128 MiB", 0, 128},
    {"adj 1, 24 MiB", 1, 24},
    {"adj 300, 2 MiB", 300, 2},
    {"adj 300, 32 MiB", 300, 32},
    {"adj 300, 96 MiB", 300, 96},
    {"adj 700, 8 MiB", 700, 8},
    {"adj 999, 4 MiB", 999, 4},
    {"adj 1000, 1 MiB", 1000, 1},
    {"adj 1000, 48 MiB", 1000, 48},
};

} // namespace

class TestLiveRank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void wholeSystemAgrees();
    void wholeTableAgreesForChildren();
    void ownChildren_data();
    void ownChildren();
    void predictedVictim();
    void withSwap();
    void asNobody_data();
    void asNobody();

private:
    const Comparison *child(const Measurement &m, int index) const;

    Hogs m_hogs;
    QList<qint64> m_pids; // per Children[] entry, 0 when it did not start
    QList<bool> m_adjSet;
    std::optional<Measurement> m_tight;
};

void TestLiveRank::initTestCase()
{
    if (!QFile::exists(u"/proc/self/oom_score"_s))
        QSKIP("No /proc/<pid>/oom_score here (not Linux, or /proc is not mounted).");
    // Going below oom_score_adj_min (0 unless a privileged writer set it) needs
    // CAP_SYS_RESOURCE, which root inside a container or sandbox may lack; raising one's
    // own processes needs nothing.
    const bool canLower = hasCapSysResource();
    if (!canLower)
        qInfo(
            "This process lacks CAP_SYS_RESOURCE (CapEff in /proc/self/status): the children "
            "with a negative oom_score_adj keep 0 and their rows are skipped.");
    for (const ChildSpec &spec : Children) {
        const qint64 pid = m_hogs.start(spec.mib);
        QVERIFY2(pid > 0,
                 qPrintable(u"oomlens-test-hog %1 did not start: %2"_s.arg(spec.mib).arg(
                     m_hogs.lastError())));
        m_pids.append(pid);
        const bool wanted = spec.adj >= 0 || canLower;
        const bool set = wanted && writeOomScoreAdj(pid, spec.adj);
        QVERIFY2(
            set || !wanted,
            qPrintable(u"could not write oom_score_adj %1 for pid %2"_s.arg(spec.adj).arg(pid)));
        m_adjSet.append(set);
    }
    if (swapTotalKb() == 0)
        qInfo("No swap is active on this machine: the swap part is skipped (see withSwap).");
}

void TestLiveRank::cleanupTestCase()
{
    m_hogs.stopAll();
}

const Comparison *TestLiveRank::child(const Measurement &m, int index) const
{
    return m.find(m_pids.value(index));
}

void TestLiveRank::wholeSystemAgrees()
{
    m_tight = measureTight();
    const Measurement &m = *m_tight;
    const Tally all = m.tally(false);
    const Tally withMemory = m.tally(true);
    qInfo(
        "Predicted oom_score = /proc/<pid>/oom_score ±1: %lld of %lld processes (%.2f %%); "
        "%lld of %lld with memory; %d exited or changed (exec, vfork) between the reads and were "
        "excluded; totalpages %lld.",
        all.agree, all.total, all.percent(), withMemory.agree, withMemory.total, m.excluded,
        m.totalpages);
    for (const Comparison &c : m.rows) {
        if (!c.agrees())
            qInfo("  differs: pid %lld (%s) predicted %lld, kernel %lld, adj %d, rss %lld kB",
                  c.pid, qPrintable(c.comm), c.predicted, c.kernel, c.adj, c.rssKb);
    }
    QVERIFY(all.total >= qint64(std::size(Children)));
    QVERIFY2(all.agree * 100 >= all.total * 99, "fewer than 99 % of all processes agree");
    QVERIFY2(withMemory.agree * 100 >= withMemory.total * 99,
             "fewer than 99 % of the processes with memory agree");
}

void TestLiveRank::wholeTableAgreesForChildren()
{
    const Measurement m = measureWholeTable();
    const Tally all = m.tally(false);
    qInfo(
        "One snapshot, then the files (as oomlens-cli rank): %lld of %lld agree (%.2f %%), "
        "%d excluded.",
        all.agree, all.total, all.percent(), m.excluded);
    for (int i = 0; i < int(std::size(Children)); ++i) {
        const Comparison *c = child(m, i);
        QVERIFY2(c, Children[i].name);
        QVERIFY2(
            c->agrees(),
            qPrintable(u"%1: predicted %2, kernel %3"_s.arg(QLatin1StringView(Children[i].name))
                           .arg(c->predicted)
                           .arg(c->kernel)));
    }
}

void TestLiveRank::ownChildren_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(Children)); ++i)
        QTest::newRow(Children[i].name) << i;
}

void TestLiveRank::ownChildren()
{
    QFETCH(int, index);
    const ChildSpec &spec = Children[index];
    if (!m_adjSet.value(index))
        QSKIP(
            "Lowering oom_score_adj below 0 needs CAP_SYS_RESOURCE, which this process lacks "
            "(a container or sandbox drops it even for root): run `ctest -R tst_liverank` as "
            "root with CAP_SYS_RESOURCE, e.g. on a host or VM outside the sandbox.");
    if (!m_tight)
        m_tight = measureTight();
    const Comparison *c = child(*m_tight, index);
    QVERIFY2(c, "the child is missing from the ranking");
    QCOMPARE(c->adj, spec.adj); // as the product read it back from the kernel
    // Every page was touched: at least the block itself is resident.
    QVERIFY2(c->rssKb >= qint64(spec.mib) * 1024, qPrintable(u"rss %1 kB"_s.arg(c->rssKb)));
    QVERIFY2(c->agrees(),
             qPrintable(u"predicted %1, kernel %2"_s.arg(c->predicted).arg(c->kernel)));
    if (spec.adj == -1000) {
        QCOMPARE(c->predicted, qint64(0));
        QVERIFY(!c->eligible);
    }
}

void TestLiveRank::predictedVictim()
{
    if (!m_tight)
        m_tight = measureTight();
    const Measurement &m = *m_tight;
    // adj 1000 adds totalpages: whoever has it outranks every process without it, and
    // between the two +1000 children the larger one wins.
    const Comparison *victim = m.find(m.predictedPid);
    QVERIFY(victim);
    QCOMPARE(victim->adj, 1000);
    const Comparison *small = child(m, int(std::size(Children)) - 2);
    const Comparison *large = child(m, int(std::size(Children)) - 1);
    QVERIFY(small && large);
    QVERIFY(large->rank > 0 && large->rank < small->rank);
}

void TestLiveRank::withSwap()
{
    const qint64 swapKb = swapTotalKb();
    if (swapKb == 0)
        QSKIP(
            "No swap is active (SwapTotal 0 kB in /proc/meminfo): swapped-out pages in the "
            "points and total_swap_pages in totalpages cannot be checked here. Run "
            "`ctest -R tst_liverank` on a machine where `swapon --show` lists a swap device "
            "(this test does not create swap).");
    const qint64 pid = m_hogs.start(64, true);
    QVERIFY(pid > 0);
    if (m_hogs.lastStatus().contains("pageout-failed"))
        QSKIP(
            "madvise(MADV_PAGEOUT) was refused (Linux 5.4+ with swap needed): no process "
            "could be pushed to swap on purpose.");
    const Measurement m = measureTight();
    QCOMPARE(m.swapPages * m.pageSizeKb, swapKb);
    const Comparison *c = m.find(pid);
    QVERIFY(c);
    qInfo("child with swap: swap %lld kB, predicted %lld, kernel %lld", c->swapKb, c->predicted,
          c->kernel);
    QVERIFY2(c->swapKb > 0, "MADV_PAGEOUT left nothing in swap");
    QVERIFY(c->agrees());
    const Tally all = m.tally(false);
    QVERIFY(all.agree * 100 >= all.total * 99);
}

void TestLiveRank::asNobody_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QStringList>("topLevel"); // RANK-SNAPSHOT-CONTRACT.md
    QTest::addColumn<QStringList>("perTask");
    const QStringList rankTask{u"pid"_s,           u"comm"_s,   u"points"_s,  u"oom_score"_s,
                               u"oom_score_adj"_s, u"rss_kb"_s, u"swap_kb"_s, u"pgtables_kb"_s,
                               u"cgroup"_s,        u"rank"_s};
    QTest::newRow("rank --json") << u"rank"_s << u"oomlens.rank/1"_s
                                 << QStringList{u"totalpages"_s, u"page_size_kb"_s, u"tasks"_s,
                                                u"notes"_s}
                                 << rankTask;
    QTest::newRow("snapshot --json")
        << u"snapshot"_s << u"oomlens.snapshot/1"_s
        << QStringList{u"root"_s,  u"time"_s,     u"meminfo"_s, u"vmstat"_s,     u"zones"_s,
                       u"buddy"_s, u"pressure"_s, u"swaps"_s,   u"vm_sysctls"_s, u"thp"_s,
                       u"numa"_s,  u"cgroups"_s,  u"tasks"_s,   u"notes"_s}
        << QStringList{u"pid"_s,     u"comm"_s,        u"rss_kb"_s,
                       u"swap_kb"_s, u"pgtables_kb"_s, u"oom_score_adj"_s,
                       u"points"_s,  u"oom_score"_s,   u"memory_cgroup"_s};
}

// Not root: everything the ranking needs (status, oom_score_adj, cgroup) is world-readable,
// so the ranking is complete; what is not (pagetypeinfo, other users' smaps_rollup) is a
// note. As root the CLI runs as nobody through setpriv; otherwise as the user itself.
void TestLiveRank::asNobody()
{
    QFETCH(QString, command);
    QFETCH(QString, schema);
    QFETCH(QStringList, topLevel);
    QFETCH(QStringList, perTask);
    QStringList arguments{command, u"--json"_s};
    QString program = QStringLiteral(OOMLENS_CLI);
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            QSKIP("setpriv is missing (util-linux): cannot switch to user nobody.");
        arguments = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                u"--"_s, program}
            + arguments;
        program = setpriv;
    }
    QProcess cli;
    cli.start(program, arguments);
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray err = cli.readAllStandardError();
    if (cli.exitCode() == 126 || err.contains("Permission denied"))
        QSKIP(
            qPrintable(u"user nobody cannot run %1 (make the build tree world-readable): %2"_s.arg(
                QStringLiteral(OOMLENS_CLI), QString::fromLocal8Bit(err))));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject doc = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(doc.value(u"schema"_s).toString(), schema);
    for (const QString &key : topLevel)
        QVERIFY2(doc.contains(key), qPrintable(key));
    QVERIFY(doc.value(u"notes"_s).isArray());
    bool notRootNoted = false;
    for (const QJsonValue &note : doc.value(u"notes"_s).toArray())
        notRootNoted |= note[u"message"_s].toString().contains(u"Not running as root"_s);
    QVERIFY2(notRootNoted, "the notes do not say that the run was not root");
    // Every child is there, with the oom_score the kernel shows.
    QHash<qint64, QJsonObject> byPid;
    for (const QJsonValue &task : doc.value(u"tasks"_s).toArray())
        byPid.insert(task[u"pid"_s].toInteger(), task.toObject());
    for (int i = 0; i < int(std::size(Children)); ++i) {
        const QJsonObject task = byPid.value(m_pids.value(i));
        QVERIFY2(!task.isEmpty(), Children[i].name);
        for (const QString &key : perTask)
            QVERIFY2(task.contains(key), qPrintable(key));
        QVERIFY(!task.value(u"oom_score_adj"_s).isNull());
        const std::optional<qint64> kernel = readKernelOomScore(m_pids.value(i));
        QVERIFY(kernel);
        QVERIFY2(std::abs(task.value(u"oom_score"_s).toInteger() - *kernel) <= 1, Children[i].name);
    }
}

QTEST_GUILESS_MAIN(TestLiveRank)
#include "tst_liverank.moc"
