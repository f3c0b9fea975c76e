// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The live snapshot feed the Processes, Cgroups and Overview pages share, on the running
// system: it reads only the parts its subscribers need, reads at once for a page whose
// parts the last snapshot lacks, and waits between reads as its CPU budget says.

#include "app/memory/cgrouptreemodel.h"
#include "app/memory/livecadence.h"
#include "app/memory/livefeeds.h"
#include "app/memory/victimmodel.h"
#include "sources/system/cgrouplayout.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using oomapp::LiveCadence;
using oomapp::LiveSnapshotFeed;
using oomapp::SnapshotPart;
using oomapp::SnapshotParts;

namespace {

constexpr int readTimeoutMs = 60000; // a first read of a large machine, under ASan

bool hasMemoryHierarchy()
{
    for (const oom::CgroupHierarchy &h : oom::detectCgroupLayout(oom::Root(u"/"_qs)).hierarchies)
        if (h.version == oom::CgroupVersion::V2 || h.hasController(u"memory"))
            return true;
    return false;
}

} // namespace

class TestLiveFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cadenceSpendsTheBudget_data();
    void cadenceSpendsTheBudget();
    void eachPageReadsOnlyItsParts();
    void cadenceSetsTheWait();
};

void TestLiveFeeds::cadenceSpendsTheBudget_data()
{
    QTest::addColumn<int>("cpuMs");
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("expectedMs");
    // minimum 2 s, maximum 30 s
    QTest::newRow("cheap read waits the minimum") << 5 << 0.01 << 2000;
    QTest::newRow("1% of a core: 100 ms every 10 s") << 100 << 0.01 << 10000;
    QTest::newRow("2% of a core: 100 ms every 5 s") << 100 << 0.02 << 5000;
    QTest::newRow("costly read waits at most the maximum") << 2000 << 0.01 << 30000;
    QTest::newRow("no budget waits the maximum") << 1 << 0.0 << 30000;
}

void TestLiveFeeds::cadenceSpendsTheBudget()
{
    QFETCH(int, cpuMs);
    QFETCH(double, share);
    QFETCH(int, expectedMs);
    LiveCadence cadence;
    cadence.budgetShare = share;
    QCOMPARE(cadence.intervalAfter(std::chrono::milliseconds(cpuMs)).count(), expectedMs);
}

// One feed, as the app has it: the Cgroups page alone, then the Processes page opened
// beside it, then the Cgroups page closed. The feed waits a minute between reads here, so
// every read the test sees was started by a page opening or by the test's cadence.
void TestLiveFeeds::eachPageReadsOnlyItsParts()
{
    const auto feed = LiveSnapshotFeed::shared();
    LiveCadence slow;
    slow.minimum = slow.maximum = 60s;
    feed->setCadence(slow);
    QSignalSpy reads(feed.get(), &LiveSnapshotFeed::snapshotReady);

    CgroupTreeModel cgroups;
    cgroups.setActive(true);
    QVERIFY(reads.wait(readTimeoutMs));
    QCOMPARE(feed->latestParts(), SnapshotParts(SnapshotPart::Cgroups));
    const auto cgroupRead = feed->latest();
    // Process counts come from cgroup lines only: no /proc/<pid>/status was read.
    for (const oom::ProcessInfo &p : cgroupRead->processes)
        QVERIFY2(!(p.fieldsRead & ~oom::ProcessFields(oom::ProcessField::Cgroup)),
                 qPrintable(u"pid %1 read more than its cgroup"_qs.arg(p.pid)));
    if (hasMemoryHierarchy())
        QVERIFY(cgroups.count() > 0);
    QCOMPARE(feed->intervalMs(), 60000);
    QVERIFY(!cgroupRead->ranking); // no process read, nothing to rank

    // Opened now, the Processes page is not shown the cgroup-only snapshot (its processes
    // have no usage) and does not wait the minute: a read with both parts starts at once.
    VictimModel victims;
    QSignalSpy ranked(&victims, &VictimModel::rankingChanged);
    victims.setActive(true);
    QVERIFY(!victims.isReady());
    QVERIFY(ranked.wait(readTimeoutMs));
    QVERIFY(victims.isReady());
    QCOMPARE(feed->latestParts(), SnapshotPart::Processes | SnapshotPart::Cgroups);
    QVERIFY(victims.count() > 0); // this test process at least
    int withStatus = 0;
    for (const oom::ProcessInfo &p : feed->latest()->processes)
        withStatus += (p.fieldsRead & oom::ProcessField::Status) ? 1 : 0;
    QVERIFY(withStatus > 0);
    // The feed ranked them on its thread, and the page shows that ranking.
    const auto &ranking = feed->latest()->ranking;
    QVERIFY(ranking);
    if (ranking->totalpages) {
        QCOMPARE(ranking->ranking.tasks.size(), withStatus);
        QCOMPARE(victims.count(), withStatus);
    }

    // The Cgroups page closed, the Processes page left and shown again (the feed idled in
    // between, so it reads at once): the read walks no cgroup.
    cgroups.setActive(false);
    victims.setActive(false);
    reads.clear();
    victims.setActive(true);
    QVERIFY(reads.wait(readTimeoutMs));
    QCOMPARE(feed->latestParts(), SnapshotParts(SnapshotPart::Processes));
    QVERIFY(feed->latest()->cgroups.isEmpty());
    QVERIFY(!feed->latest()->processes.isEmpty());
}

void TestLiveFeeds::cadenceSetsTheWait()
{
    const auto feed = LiveSnapshotFeed::shared();
    LiveCadence cadence;
    cadence.budgetShare = 1e-12; // any read is far over budget: the maximum applies
    cadence.minimum = 100ms;
    cadence.maximum = 4321ms;
    feed->setCadence(cadence);
    VictimModel victims;
    QSignalSpy ranked(&victims, &VictimModel::rankingChanged);
    victims.setActive(true);
    QVERIFY(ranked.wait(readTimeoutMs));
    QCOMPARE(feed->intervalMs(), 4321);
    QCOMPARE(victims.updateIntervalSeconds(), 5); // rounded up for the page header
}

QTEST_GUILESS_MAIN(TestLiveFeeds)
#include "tst_livefeeds.moc"
