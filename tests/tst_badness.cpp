// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// oom_badness() of every era, /proc/<pid>/oom_score, the selection score, the tie rules
// and totalpages, on constructed tasks whose answers were worked out by hand from the
// kernel code quoted in docs/kernel-formats.md §2 (worked examples of §2.6 included).

#include "core/analysis/badness.h"
#include "core/analysis/totalpages.h"
#include "core/analysis/victimranking.h"
#include "core/model/oomevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

struct Task {
    qint64 rss = 0;
    qint64 swap = 0;
    qint64 pgtables = 0;
    int adj = 0;
    qint64 uid = 1000;
    int cap = -1; // -1 unknown (uid 0 stands in), 0 no, 1 yes
    qint64 totalVm = -1;
    bool init = false;
    bool kthread = false;
    bool reaped = false;
};

RankCandidate candidate(const Task &t)
{
    RankCandidate c;
    c.pid = 4242;
    c.comm = u"task"_s;
    c.uid = t.uid;
    c.rssPages = t.rss;
    c.swapPages = t.swap;
    c.pgtablesPages = t.pgtables;
    c.oomScoreAdj = t.adj;
    if (t.cap >= 0)
        c.hasCapSysAdmin = t.cap == 1;
    if (t.totalVm >= 0)
        c.totalVmPages = t.totalVm;
    c.isInit = t.init;
    c.isKernelThread = t.kthread;
    c.alreadyReaped = t.reaped;
    return c;
}

ZoneState zone(int node, const QString &name, qint64 presentKb, qint64 managedKb)
{
    ZoneState z;
    z.node = node;
    z.name = name;
    z.fieldsKb = {{u"present"_s, presentKb}, {u"managed"_s, managedKb}};
    return z;
}

MemcgCounter counter(qint64 limitKb, bool unlimited = false)
{
    MemcgCounter c;
    c.usageKb = KiB(limitKb);
    if (unlimited)
        c.unlimited = true;
    else
        c.limitKb = KiB(limitKb);
    c.line = {10, 10};
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Task)
Q_DECLARE_METATYPE(BadnessEra)
Q_DECLARE_METATYPE(TieRule)
Q_DECLARE_METATYPE(OomConstraint)
Q_DECLARE_METATYPE(OomEvent)

class TestBadness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formula_data();
    void formula();
    void eraBIntOverflowIsFlagged();
    void oomScore_data();
    void oomScore();
    void selectionScore_data();
    void selectionScore();
    void ties_data();
    void ties();
    void tieRuleFromVersions_data();
    void tieRuleFromVersions();
    void liveRanking();
    void procStatusCandidate();
    void totalpagesBuildingBlocks_data();
    void totalpagesBuildingBlocks();
    void totalpagesOfReport_data();
    void totalpagesOfReport();
    void nodeList_data();
    void nodeList();
};

void TestBadness::formula_data()
{
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<qint64>("totalpages");
    QTest::addColumn<Task>("task");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<bool>("rootBonus");
    QTest::addColumn<bool>("capFromUid");

    constexpr qint64 M = 1000000;
    const qint64 never = kBadnessMin;
    // E, 5.9+: signed, LONG_MIN for ineligible tasks.
    QTest::newRow("E §2.6 worked example, adj +100")
        << BadnessEra::E << qint64(4 * M) << Task{.rss = 400000, .adj = 100} << true
        << qint64(800000) << false << false;
    QTest::newRow("E rss + swap + page tables")
        << BadnessEra::E << M << Task{.rss = 1000, .swap = 500, .pgtables = 20} << true
        << qint64(1520) << false << false;
    QTest::newRow("E no memory, adj 0")
        << BadnessEra::E << qint64(4 * M) << Task{} << true << qint64(0) << false << false;
    QTest::newRow("E adj -500, no memory: negative")
        << BadnessEra::E << qint64(4 * M) << Task{.adj = -500} << true << qint64(-2000000) << false
        << false;
    QTest::newRow("E adj -999 stays negative")
        << BadnessEra::E << M << Task{.rss = 100, .adj = -999} << true << qint64(100 - 999000)
        << false << false;
    QTest::newRow("E adj -1000 is LONG_MIN")
        << BadnessEra::E << M << Task{.rss = 100000, .adj = -1000} << false << never << false
        << false;
    QTest::newRow("E init is LONG_MIN") << BadnessEra::E << M << Task{.rss = 100000, .init = true}
                                        << false << never << false << false;
    QTest::newRow("E kernel thread is LONG_MIN")
        << BadnessEra::E << M << Task{.kthread = true} << false << never << false << false;
    QTest::newRow("E already reaped is LONG_MIN")
        << BadnessEra::E << M << Task{.rss = 100000, .reaped = true} << false << never << false
        << false;
    QTest::newRow("E no root bonus") << BadnessEra::E << M << Task{.rss = 100000, .uid = 0} << true
                                     << qint64(100000) << false << false;
    // "adj *= totalpages / 1000": the integer division comes first.
    QTest::newRow("E totalpages 1999 scales adj by 1")
        << BadnessEra::E << qint64(1999) << Task{.rss = 10, .adj = 500} << true << qint64(510)
        << false << false;
    QTest::newRow("E totalpages 999 ignores adj")
        << BadnessEra::E << qint64(999) << Task{.rss = 10, .adj = 1000} << true << qint64(10)
        << false << false;

    // D, 4.19-5.8: no root bonus, eligible tasks score at least 1.
    QTest::newRow("D §2.6 worked example, adj +100")
        << BadnessEra::D << qint64(4 * M) << Task{.rss = 400000, .adj = 100} << true
        << qint64(800000) << false << false;
    QTest::newRow("D negative clamps to 1") << BadnessEra::D << M << Task{.rss = 100, .adj = -500}
                                            << true << qint64(1) << false << false;
    QTest::newRow("D no memory scores 1")
        << BadnessEra::D << M << Task{} << true << qint64(1) << false << false;
    QTest::newRow("D adj -1000 is 0") << BadnessEra::D << M << Task{.rss = 100000, .adj = -1000}
                                      << false << qint64(0) << false << false;
    QTest::newRow("D init is 0") << BadnessEra::D << M << Task{.rss = 100000, .init = true} << false
                                 << qint64(0) << false << false;
    QTest::newRow("D uid 0 gets no bonus") << BadnessEra::D << M << Task{.rss = 100000, .uid = 0}
                                           << true << qint64(100000) << false << false;

    // C', 3.14-4.18: the bonus is 3 % of the task's own usage, before the adj.
    QTest::newRow("C' uid 0 stands in for CAP_SYS_ADMIN")
        << BadnessEra::CPrime << M << Task{.rss = 100000, .uid = 0} << true << qint64(97000) << true
        << true;
    QTest::newRow("C' 3 % of 33 pages truncates to 0")
        << BadnessEra::CPrime << M << Task{.rss = 33, .cap = 1} << true << qint64(33) << true
        << false;
    QTest::newRow("C' 3 % of 34 pages is 1") << BadnessEra::CPrime << M << Task{.rss = 34, .cap = 1}
                                             << true << qint64(33) << true << false;
    QTest::newRow("C' uid 0 without CAP_SYS_ADMIN")
        << BadnessEra::CPrime << M << Task{.rss = 100000, .uid = 0, .cap = 0} << true
        << qint64(100000) << false << false;
    QTest::newRow("C' bonus before adj")
        << BadnessEra::CPrime << M << Task{.rss = 100000, .adj = 100, .cap = 1} << true
        << qint64(197000) << true << false;

    // C, 3.5-3.13: the bonus is adj -= 30, scaled like any adj.
    QTest::newRow("C root bonus is 30 thousandths of totalpages")
        << BadnessEra::C << M << Task{.rss = 100000, .cap = 1} << true << qint64(70000) << true
        << false;
    QTest::newRow("C bonus through totalpages / 1000 = 1")
        << BadnessEra::C << qint64(1999) << Task{.rss = 5000, .cap = 1} << true << qint64(4970)
        << true << false;
    QTest::newRow("C adj -1000 checked before the bonus")
        << BadnessEra::C << M << Task{.rss = 100, .adj = -1000, .cap = 1} << false << qint64(0)
        << false << false;
    QTest::newRow("C root with adj -980 clamps to 1")
        << BadnessEra::C << M << Task{.rss = 100, .adj = -980, .cap = 1} << true << qint64(1)
        << true << false;

    // B, 2.6.36-3.4: thousandths of totalpages, clamped to [1, 1000].
    QTest::newRow("B share in thousandths")
        << BadnessEra::B << M << Task{.rss = 250000} << true << qint64(250) << false << false;
    QTest::newRow("B truncates 1.999 to 1")
        << BadnessEra::B << M << Task{.rss = 1999} << true << qint64(1) << false << false;
    QTest::newRow("B root -30") << BadnessEra::B << M << Task{.rss = 250000, .cap = 1} << true
                                << qint64(220) << true << false;
    QTest::newRow("B clamps at 1000") << BadnessEra::B << M << Task{.rss = 250000, .adj = 900}
                                      << true << qint64(1000) << false << false;
    QTest::newRow("B clamps at 1") << BadnessEra::B << M << Task{.rss = 250000, .adj = -999} << true
                                   << qint64(1) << false << false;
    QTest::newRow("B totalpages 0 is taken as 1")
        << BadnessEra::B << qint64(0) << Task{.rss = 5} << true << qint64(1000) << false << false;
    QTest::newRow("B adj -1000 is 0") << BadnessEra::B << M << Task{.rss = 250000, .adj = -1000}
                                      << false << qint64(0) << false << false;

    // A, <= 2.6.35: total_vm, quartered twice for root, shifted by oom_adj.
    QTest::newRow("A total_vm") << BadnessEra::A << qint64(0) << Task{.rss = 10, .totalVm = 100000}
                                << true << qint64(100000) << false << false;
    QTest::newRow("A root divides by 4 twice")
        << BadnessEra::A << qint64(0) << Task{.uid = 0, .totalVm = 100000} << true << qint64(6250)
        << true << true;
    QTest::newRow("A oom_adj +3 shifts left")
        << BadnessEra::A << qint64(0) << Task{.adj = 3, .totalVm = 100000} << true << qint64(800000)
        << false << false;
    QTest::newRow("A oom_adj -5 shifts right")
        << BadnessEra::A << qint64(0) << Task{.adj = -5, .totalVm = 100000} << true << qint64(3125)
        << false << false;
    QTest::newRow("A oom_adj +2 on zero starts from 1")
        << BadnessEra::A << qint64(0) << Task{.adj = 2, .totalVm = 0} << true << qint64(4) << false
        << false;
    QTest::newRow("A oom_adj -17 disables")
        << BadnessEra::A << qint64(0) << Task{.adj = -17, .totalVm = 100000} << false << qint64(0)
        << false << false;
}

void TestBadness::formula()
{
    QFETCH(BadnessEra, era);
    QFETCH(qint64, totalpages);
    QFETCH(Task, task);
    QFETCH(bool, eligible);
    QFETCH(qint64, points);
    QFETCH(bool, rootBonus);
    QFETCH(bool, capFromUid);
    const Badness b = computeBadness(candidate(task), era, totalpages);
    QCOMPARE(b.eligible, eligible);
    QCOMPARE(b.points, points);
    QCOMPARE(b.rootBonusApplied, rootBonus);
    QCOMPARE(b.capFromUid, capFromUid);
    // Era A cannot know the cpu and run time divisors: always an upper bound.
    QCOMPARE(b.approximate, era == BadnessEra::A);
}

void TestBadness::eraBIntOverflowIsFlagged()
{
    // 2.6.37-3.1 multiplied by 1000 in an int: past 2147483 pages (8 GiB) the score broke.
    QVERIFY(
        computeBadness(candidate({.rss = 3000000}), BadnessEra::B, 4000000).eraBIntOverflowRisk);
    QVERIFY(
        !computeBadness(candidate({.rss = 2000000}), BadnessEra::B, 4000000).eraBIntOverflowRisk);
}

void TestBadness::oomScore_data()
{
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<qint64>("totalpages");
    QTest::addColumn<Task>("task");
    QTest::addColumn<qint64>("oomScore");

    constexpr qint64 T = 4000000;
    // §2.6 5.9+: (1000 + points * 1000 / totalpages) * 2 / 3
    QTest::newRow("E 10 % of RAM+swap, adj 0 → 733")
        << BadnessEra::E << T << Task{.rss = 400000} << qint64(733);
    QTest::newRow("E no memory, adj 0 → 666") << BadnessEra::E << T << Task{} << qint64(666);
    QTest::newRow("E no memory, adj -500 → 333")
        << BadnessEra::E << T << Task{.adj = -500} << qint64(333);
    QTest::newRow("E adj -1000 → 0")
        << BadnessEra::E << T << Task{.rss = 400000, .adj = -1000} << qint64(0);
    QTest::newRow("E everything, adj +1000 → 2000")
        << BadnessEra::E << T << Task{.rss = T, .adj = 1000} << qint64(2000);
    // -4000 * 1000 / 4000000 = -1 (C truncates towards zero) → 999 * 2 / 3 = 666
    QTest::newRow("E adj -1 truncates towards zero")
        << BadnessEra::E << T << Task{.adj = -1} << qint64(666);
    QTest::newRow("E worked example with adj +100 → 800")
        << BadnessEra::E << T << Task{.rss = 400000, .adj = 100} << qint64(800);
    // §2.6 3.5-5.8: points * 1000 / totalpages
    QTest::newRow("D §2.6 worked example → 200")
        << BadnessEra::D << T << Task{.rss = 400000, .adj = 100} << qint64(200);
    QTest::newRow("D small eligible task reads 0")
        << BadnessEra::D << T << Task{.rss = 3999} << qint64(0);
    QTest::newRow("D adj -1000 → 0")
        << BadnessEra::D << T << Task{.rss = 400000, .adj = -1000} << qint64(0);
    QTest::newRow("C' root task") << BadnessEra::CPrime << T << Task{.rss = 400000, .uid = 0}
                                  << qint64(97);
    QTest::newRow("B is the badness itself")
        << BadnessEra::B << qint64(1000000) << Task{.rss = 250000} << qint64(250);
    QTest::newRow("A is the raw heuristic")
        << BadnessEra::A << qint64(0) << Task{.totalVm = 1734212} << qint64(1734212);
}

void TestBadness::oomScore()
{
    QFETCH(BadnessEra, era);
    QFETCH(qint64, totalpages);
    QFETCH(Task, task);
    QFETCH(qint64, oomScore);
    const Badness b = computeBadness(candidate(task), era, totalpages);
    QCOMPARE(oomScoreFromBadness(b, era, totalpages), std::optional<qint64>(oomScore));
}

void TestBadness::selectionScore_data()
{
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<qint64>("totalpages");
    QTest::addColumn<Task>("task");
    QTest::addColumn<qint64>("score"); // -1: no selection line in that era

    // tests/data/reports/004: memcg limit 233472 kB = 58368 pages; monocular rss 60921 +
    // nr_ptes 134, adj -998 → 61055 - 998 * 58 = 3171 → 3171000 / 58368 = 54 (printed).
    QTest::newRow("004 monocular without CAP_SYS_ADMIN → 54")
        << BadnessEra::CPrime << qint64(58368)
        << Task{.rss = 60921, .pgtables = 134, .adj = -998, .uid = 0, .cap = 0} << qint64(54);
    // with the 3 % bonus: 61055 - 1831 - 57884 = 1340 → 22, which the kernel did not print
    QTest::newRow("004 monocular with the root bonus → 22")
        << BadnessEra::CPrime << qint64(58368)
        << Task{.rss = 60921, .pgtables = 134, .adj = -998, .uid = 0, .cap = 1} << qint64(22);
    // 049: 3145728 kB = 786432 pages; runc 1146 + 23, adj 997, root: 1169 - 35 + 997 * 786
    QTest::newRow("049 runc:[2:INIT] → 997")
        << BadnessEra::CPrime << qint64(786432)
        << Task{.rss = 1146, .pgtables = 23, .adj = 997, .uid = 0} << qint64(997);
    // 033: 4194304 kB = 1048576 pages; java 1047384 + 2363 → 1001.1
    QTest::newRow("033 java → 1001")
        << BadnessEra::CPrime << qint64(1048576)
        << Task{.rss = 1047384, .pgtables = 2363, .uid = 0, .cap = 0} << qint64(1001);
    // 031: 524288 kB = 131072 pages; java 134371 + 1466368 / 4096 → 1027.9
    QTest::newRow("031 java → 1027")
        << BadnessEra::D << qint64(131072) << Task{.rss = 134371, .pgtables = 358, .uid = 0}
        << qint64(1027);
    QTest::newRow("B prints the badness")
        << BadnessEra::B << qint64(1000000) << Task{.rss = 250000} << qint64(250);
    QTest::newRow("E has no selection line")
        << BadnessEra::E << qint64(1000000) << Task{.rss = 250000} << qint64(-1);
}

void TestBadness::selectionScore()
{
    QFETCH(BadnessEra, era);
    QFETCH(qint64, totalpages);
    QFETCH(Task, task);
    QFETCH(qint64, score);
    const Badness b = computeBadness(candidate(task), era, totalpages);
    const auto printed = oom::selectionScore(b.points, era, totalpages);
    QCOMPARE(printed.value_or(-1), score);
}

void TestBadness::ties_data()
{
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<qint64>("winner");
    // Two identical workers (pid 100 first in the walk, 200 last), §2.4.
    QTest::newRow("A 2.6.32-2.6.35 first wins") << BadnessEra::A << qint64(100);
    QTest::newRow("B 2.6.36-3.4 first wins") << BadnessEra::B << qint64(100);
    QTest::newRow("C 3.5-3.13 first wins") << BadnessEra::C << qint64(100);
    QTest::newRow("C' 3.14-4.18 first wins (except 4.8)") << BadnessEra::CPrime << qint64(100);
    QTest::newRow("D 4.19-5.2 first wins (unsure to 5.8)") << BadnessEra::D << qint64(100);
    QTest::newRow("E 5.9+ last wins") << BadnessEra::E << qint64(200);
}

void TestBadness::ties()
{
    QFETCH(BadnessEra, era);
    QFETCH(qint64, winner);
    RankCandidate a = candidate({.rss = 50000, .totalVm = 90000});
    a.pid = 100;
    RankCandidate b = a;
    b.pid = 200;
    const RankingResult r = rankCandidates({a, b}, 1000000, era);
    QCOMPARE(r.predictedPid, std::optional<qint64>(winner));
    QCOMPARE(r.tasks.size(), 2);
    QCOMPARE(r.tasks.at(0).rank, 1);
    QCOMPARE(r.tasks.at(1).rank, 2);
}

void TestBadness::tieRuleFromVersions_data()
{
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<int>("minVersion");
    QTest::addColumn<int>("maxVersion");
    QTest::addColumn<TieRule>("rule");
    QTest::addColumn<bool>("certain");
    QTest::newRow("5.3-5.8 last wins")
        << BadnessEra::D << 50300 << 50899 << TieRule::LastWins << true;
    QTest::newRow("4.19-5.2 first wins")
        << BadnessEra::D << 41900 << 50299 << TieRule::FirstWins << true;
    QTest::newRow("4.19-5.8 unsure, first assumed")
        << BadnessEra::D << 41900 << 50899 << TieRule::FirstWins << false;
    QTest::newRow("4.8 last wins")
        << BadnessEra::CPrime << 40800 << 40899 << TieRule::LastWins << true;
    QTest::newRow("4.4-4.7 first leader wins")
        << BadnessEra::CPrime << 40400 << 40799 << TieRule::FirstWins << true;
    QTest::newRow("3.14-4.18 unsure")
        << BadnessEra::CPrime << 31400 << 41899 << TieRule::FirstWins << false;
    QTest::newRow("5.9+ last wins") << BadnessEra::E << 0 << 999999 << TieRule::LastWins << true;
    QTest::newRow("2.6 first wins") << BadnessEra::A << 0 << 20635 << TieRule::FirstWins << true;
}

void TestBadness::tieRuleFromVersions()
{
    QFETCH(BadnessEra, era);
    QFETCH(int, minVersion);
    QFETCH(int, maxVersion);
    QFETCH(TieRule, rule);
    QFETCH(bool, certain);
    EraDetection d;
    d.era = era;
    d.minVersion = minVersion;
    d.maxVersion = maxVersion;
    applyTieRule(d);
    QCOMPARE(d.tieRule, rule);
    QCOMPARE(d.tieRuleCertain, certain);
}

void TestBadness::liveRanking()
{
    // The live entry point: pid order, global totalpages, oom_score for every task.
    constexpr qint64 T = 4000000;
    RankCandidate init = candidate({.rss = 3000, .uid = 0, .init = true});
    init.pid = 1;
    RankCandidate kthread = candidate({.kthread = true});
    kthread.pid = 2;
    RankCandidate shielded = candidate({.rss = 900000, .adj = -900});
    shielded.pid = 300;
    RankCandidate big = candidate({.rss = 400000, .swap = 100000, .pgtables = 1000});
    big.pid = 400;
    RankCandidate pushed = candidate({.rss = 1000, .adj = 500});
    pushed.pid = 500;
    const RankingResult r = rankCandidates({init, kthread, shielded, big, pushed}, T);
    QCOMPARE(r.era.era, BadnessEra::E);
    QCOMPARE(r.predictedPid, std::optional<qint64>(500)); // 1000 + 500 * 4000 = 2001000
    QCOMPARE(r.tasks.at(0).pid, 500);
    QCOMPARE(r.tasks.at(0).points, std::optional<qint64>(2001000));
    QCOMPARE(r.tasks.at(0).oomScore, std::optional<qint64>((1000 + 500) * 2 / 3)); // 1000
    QCOMPARE(r.tasks.at(1).pid, 400);
    QCOMPARE(r.tasks.at(1).points, std::optional<qint64>(501000));
    QCOMPARE(r.tasks.at(1).oomScore, std::optional<qint64>((1000 + 125) * 2 / 3)); // 750
    QCOMPARE(r.tasks.at(2).pid, 300); // 900000 - 3600000
    QCOMPARE(r.tasks.at(2).points, std::optional<qint64>(-2700000));
    QCOMPARE(r.tasks.at(2).oomScore, std::optional<qint64>((1000 - 675) * 2 / 3)); // 216
    QCOMPARE(r.tasks.at(2).rank, 3);
    QVERIFY(qFuzzyCompare(*r.tasks.at(1).shareOfTotal, 501000.0 / 4000000.0));
    // init and the kernel thread: listed, never ranked, oom_score 0
    QCOMPARE(r.tasks.at(3).pid, 1);
    QCOMPARE(r.tasks.at(3).rank, 0);
    QCOMPARE(r.tasks.at(3).ineligibility, Ineligibility::Init);
    QCOMPARE(r.tasks.at(3).oomScore, std::optional<qint64>(0));
    QCOMPARE(r.tasks.at(4).ineligibility, Ineligibility::KernelThread);
    QVERIFY(!r.tasks.at(4).points); // LONG_MIN is not a score
}

void TestBadness::procStatusCandidate()
{
    ProcStatusMemory status;
    status.vmRssKb = 64000;
    status.rssAnonKb = 48000;
    status.rssFileKb = 14400;
    status.rssShmemKb = 1600;
    status.vmSwapKb = 6400;
    status.vmPteKb = 768;
    const RankCandidate c = candidateFromProcStatus(77, u"worker"_s, 1000, status, -100, 16);
    QCOMPARE(c.rssPages, 4000);
    QCOMPARE(c.swapPages, 400);
    QCOMPARE(c.pgtablesPages, 48);
    QCOMPARE(c.oomScoreAdj, -100);
    QVERIFY(!c.isKernelThread);
    QVERIFY(!c.usageIncomplete);
    // No Vm* lines: no mm, a kernel thread or a zombie.
    const RankCandidate k = candidateFromProcStatus(2, u"kthreadd"_s, 0, {}, 0, 4);
    QVERIFY(k.isKernelThread);
    QVERIFY(!computeBadness(k, BadnessEra::E, 1000000).eligible);
    QVERIFY(candidateFromProcStatus(1, u"systemd"_s, 0, status, 0, 4).isInit);
}

void TestBadness::totalpagesBuildingBlocks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b"); // -1 = unlimited
    QTest::addColumn<qint64>("swapKb");
    QTest::addColumn<qint64>("pageKb");
    QTest::addColumn<bool>("mayswap");
    QTest::addColumn<qint64>("expected");

    // global: pages RAM - pages reserved + total swap
    QTest::newRow("global, 038 unraid, no swap")
        << u"global"_s << qint64(8373432) << qint64(166529) << qint64(0) << qint64(4) << true
        << qint64(8206903);
    QTest::newRow("global, 052 rpi, with swap")
        << u"global"_s << qint64(1012736) << qint64(30649) << qint64(785668) << qint64(4) << true
        << qint64(982087 + 196417);
    QTest::newRow("global, 64 kB pages")
        << u"global"_s << qint64(100000) << qint64(1000) << qint64(6553600) << qint64(64) << true
        << qint64(99000 + 102400);
    // cgroup v1: memory.limit + min(memsw.limit - memory.limit, total swap)
    QTest::newRow("v1 memsw unlimited, no swap (004)")
        << u"v1"_s << qint64(233472) << qint64(-1) << qint64(0) << qint64(4) << true
        << qint64(58368);
    QTest::newRow("v1 memsw unlimited, 2 GiB swap")
        << u"v1"_s << qint64(233472) << qint64(-1) << qint64(2097152) << qint64(4) << true
        << qint64(58368 + 524288);
    QTest::newRow("v1 memsw caps the swap")
        << u"v1"_s << qint64(4194304) << qint64(8388608) << qint64(2097152) << qint64(4) << true
        << qint64(1048576 + 524288);
    QTest::newRow("v1 swap caps the memsw room")
        << u"v1"_s << qint64(4194304) << qint64(5242880) << qint64(2097152) << qint64(4) << true
        << qint64(1048576 + 262144);
    QTest::newRow("v1 memsw = memory: no swap")
        << u"v1"_s << qint64(4194304) << qint64(4194304) << qint64(2097152) << qint64(4) << true
        << qint64(1048576);
    QTest::newRow("v1 swappiness 0: the limit only")
        << u"v1"_s << qint64(4194304) << qint64(-1) << qint64(2097152) << qint64(4) << false
        << qint64(1048576);
    QTest::newRow("v1 16 kB pages (051)") << u"v1"_s << qint64(409600) << qint64(-1) << qint64(0)
                                          << qint64(16) << true << qint64(25600);
    // cgroup v2: memory.max + min(swap.max, total swap)
    QTest::newRow("v2 swap.max 0") << u"v2"_s << qint64(51200) << qint64(0) << qint64(1048576)
                                   << qint64(4) << true << qint64(12800);
    QTest::newRow("v2 swap.max unlimited")
        << u"v2"_s << qint64(51200) << qint64(-1) << qint64(1048576) << qint64(4) << true
        << qint64(12800 + 262144);
    QTest::newRow("v2 swap.max 100 MiB")
        << u"v2"_s << qint64(51200) << qint64(102400) << qint64(1048576) << qint64(4) << true
        << qint64(12800 + 25600);
    QTest::newRow("v2 zero limit is 1, not a division by zero")
        << u"v2"_s << qint64(0) << qint64(0) << qint64(0) << qint64(4) << true << qint64(1);
}

void TestBadness::totalpagesBuildingBlocks()
{
    QFETCH(QString, kind);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, swapKb);
    QFETCH(qint64, pageKb);
    QFETCH(bool, mayswap);
    QFETCH(qint64, expected);
    const std::optional<qint64> limit = b < 0 ? std::nullopt : std::optional<qint64>(b);
    if (kind == u"global"_s)
        QCOMPARE(globalTotalPages(a, b, swapKb, pageKb), expected);
    else if (kind == u"v1"_s)
        QCOMPARE(memcgV1TotalPages(a, limit, swapKb, pageKb, mayswap), expected);
    else
        QCOMPARE(memcgV2TotalPages(a, limit, swapKb, pageKb, mayswap), expected);
}

void TestBadness::totalpagesOfReport_data()
{
    QTest::addColumn<OomEvent>("event");
    QTest::addColumn<qint64>("expected"); // -1: the report lacks the data
    QTest::addColumn<OomConstraint>("constraint");
    QTest::addColumn<bool>("exact");

    OomEvent numa;
    numa.zones = {zone(0, u"DMA32"_s, 1000000, 990000), zone(0, u"Normal"_s, 3000000, 2900000),
                  zone(1, u"Normal"_s, 4000000, 3900000)};
    numa.swap.totalKb = KiB(1048576);

    OomEvent cpuset = numa;
    cpuset.constraint = u"CONSTRAINT_CPUSET"_s;
    cpuset.trigger.memsAllowed = u"1"_s;
    QTest::newRow("cpuset: present of node 1 + swap")
        << cpuset << qint64(1000000 + 262144) << OomConstraint::Cpuset << false;

    OomEvent mempolicy = numa;
    mempolicy.constraint = u"CONSTRAINT_MEMORY_POLICY"_s;
    mempolicy.trigger.nodemask = u"0-1"_s;
    QTest::newRow("mempolicy: present of nodes 0-1 + swap")
        << mempolicy << qint64(2000000 + 262144) << OomConstraint::MemoryPolicy << false;

    OomEvent noNodemask = mempolicy;
    noNodemask.trigger.nodemask = u"(null)"_s;
    QTest::newRow("mempolicy without a nodemask")
        << noNodemask << qint64(-1) << OomConstraint::MemoryPolicy << false;

    OomEvent global = numa;
    global.constraint = u"CONSTRAINT_NONE"_s;
    global.meminfo.ramPages = Pages(2000000);
    global.meminfo.reservedPages = Pages(52500);
    QTest::newRow("global: RAM - reserved + swap")
        << global << qint64(1947500 + 262144) << OomConstraint::None << true;

    OomEvent zonesOnly = numa;
    zonesOnly.constraint = u"CONSTRAINT_NONE"_s;
    QTest::newRow("global without the RAM lines: Σ managed")
        << zonesOnly << qint64(7790000 / 4 + 262144) << OomConstraint::None << false;

    OomEvent noSwapLines = global;
    noSwapLines.swap = {};
    QTest::newRow("global without swap lines: 0 assumed")
        << noSwapLines << qint64(1947500) << OomConstraint::None << false;

    OomEvent v2;
    v2.constraint = u"CONSTRAINT_MEMCG"_s;
    v2.memcg.lines = {9, 12};
    v2.memcg.memory = counter(51200);
    v2.memcg.swap = counter(0);
    QTest::newRow("memcg v2, swap.max 0: exact")
        << v2 << qint64(12800) << OomConstraint::Memcg << true;

    OomEvent v1;
    v1.memcg.lines = {9, 12};
    v1.memcg.oomCgroup = u"/docker/abc"_s;
    v1.memcg.memory = counter(4194304);
    v1.memcg.memsw = counter(0, true);
    QTest::newRow("memcg v1 before 5.0: constraint inferred, swap assumed 0")
        << v1 << qint64(1048576) << OomConstraint::Memcg << false;

    OomEvent cut = v2;
    cut.memcg.memory = {};
    QTest::newRow("memcg without the memory: line")
        << cut << qint64(-1) << OomConstraint::Memcg << false;
}

void TestBadness::totalpagesOfReport()
{
    QFETCH(OomEvent, event);
    QFETCH(qint64, expected);
    QFETCH(OomConstraint, constraint);
    QFETCH(bool, exact);
    QCOMPARE(constraintOf(event).constraint, constraint);
    QString missing;
    const auto total = totalPagesOf(event, 4, &missing);
    if (expected < 0) {
        QVERIFY(!total);
        QVERIFY(!missing.isEmpty());
        return;
    }
    QVERIFY2(total, qPrintable(missing));
    QCOMPARE(total->pages, expected);
    QCOMPARE(total->constraint, constraint);
    QCOMPARE(total->exact, exact);
    QVERIFY(!total->formula.isEmpty());
    QCOMPARE(total->assumptions.isEmpty(), exact && constraintOf(event).printed);
}

void TestBadness::nodeList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("nodes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("single") << u"0"_s << QList<int>{0} << true;
    QTest::newRow("range and single") << u"0-1,3"_s << QList<int>{0, 1, 3} << true;
    QTest::newRow("(null)") << u"(null)"_s << QList<int>{} << false;
    QTest::newRow("empty") << QString() << QList<int>{} << false;
    QTest::newRow("reversed range") << u"2-1"_s << QList<int>{} << false;
    QTest::newRow("garbage") << u"a"_s << QList<int>{} << false;
}

void TestBadness::nodeList()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, nodes);
    QFETCH(bool, valid);
    const auto parsed = parseNodeList(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, nodes);
}

QTEST_GUILESS_MAIN(TestBadness)
#include "tst_badness.moc"
