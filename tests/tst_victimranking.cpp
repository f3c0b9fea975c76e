// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The kernel's victim selection recomputed for every corpus report that has a task table
// (tests/data/reports), checked against the task the kernel actually killed and against
// the "score N" it printed; the era detection on constructed reports; what-if rows.
// Every expected value below was worked out by hand from the log named in the row.

#include "core/analysis/victimranking.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

Q_DECLARE_METATYPE(BadnessEra)
Q_DECLARE_METATYPE(EraConfidence)
Q_DECLARE_METATYPE(TieRule)
Q_DECLARE_METATYPE(PredictionBasis)
Q_DECLARE_METATYPE(Agreement)
Q_DECLARE_METATYPE(OomEvent)

namespace {

QString caseFile(const QString &prefix)
{
    for (const QString &name : testing::reportCases()) {
        if (name.startsWith(prefix))
            return name;
    }
    return {};
}

QList<OomEvent> eventsOf(const QString &prefix)
{
    const QString name = caseFile(prefix);
    return name.isEmpty() ? QList<OomEvent>{}
                          : testing::parseWholeFile(testing::reportsDir() + name, name);
}

QStringList reasonIds(const RankingResult &r)
{
    QStringList ids;
    for (const DifferenceReason reason : r.reasons)
        ids.append(differenceReasonId(reason));
    return ids;
}

// The reports the corpus test covers: "<file prefix>#<event index>".
const QStringList &coveredReports()
{
    static const QStringList covered = {
        u"004#0"_s, u"014#0"_s, u"015#0"_s, u"020#0"_s, u"031#0"_s, u"033#0"_s, u"034#0"_s,
        u"036#0"_s, u"038#0"_s, u"048#0"_s, u"049#0"_s, u"051#0"_s, u"052#0"_s, u"056#0"_s,
    };
    return covered;
}

TaskRow row(qint64 pid, const QString &name, qint64 rss, int adj, qint64 line)
{
    TaskRow r;
    r.pid = pid;
    r.tgid = pid;
    r.uid = 1000;
    r.name = name;
    r.rssPages = Pages(rss);
    r.swapents = Pages(0);
    r.pgtablesBytes = Bytes(0);
    r.oomScoreAdj = adj;
    r.line = line;
    return r;
}

Victim victim(qint64 pid, const QString &comm)
{
    Victim v;
    v.pid = pid;
    v.comm = comm;
    v.line = {90, 90};
    return v;
}

// A 6.x global report: RAM summary, swap, rss-split table.
OomEvent globalReport(const QList<TaskRow> &rows, qint64 victimPid, double uptime)
{
    OomEvent e;
    e.sourcePath = u"constructed.log"_s;
    e.uptimeSeconds = uptime;
    e.constraint = u"CONSTRAINT_NONE"_s;
    e.trigger.oomScoreAdj = 0;
    e.meminfo.ramPages = Pages(4100000);
    e.meminfo.reservedPages = Pages(100000);
    e.swap.totalKb = KiB(0);
    e.pageSizeKb = KiB(4);
    e.taskLayout = TaskTableLayout::RssSplit;
    e.tasks = rows;
    for (const TaskRow &r : rows) {
        if (r.pid == victimPid)
            e.victims.append(victim(r.pid, r.name));
    }
    return e;
}

} // namespace

class TestVictimRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void everyTableReportIsCovered();
    void corpusTaskPoints_data();
    void corpusTaskPoints();
    void reportsWithoutTable_data();
    void reportsWithoutTable();
    void whatIfRows_data();
    void whatIfRows();
    void detectEra_data();
    void detectEra();
    void childSubstitution();
    void staleCounters();
    void alreadyReapedAcrossReports();
};

void TestVictimRanking::corpus_data()
{
    QTest::addColumn<QString>("report"); // "<file prefix>#<event index>"
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<EraConfidence>("confidence");
    QTest::addColumn<TieRule>("tieRule");
    QTest::addColumn<qint64>("pageSizeKb");
    QTest::addColumn<qint64>("totalpages"); // -1 unknown
    QTest::addColumn<PredictionBasis>("basis");
    QTest::addColumn<qint64>("predicted"); // -1 none
    QTest::addColumn<qint64>("actual"); // -1 none
    QTest::addColumn<Agreement>("agreement");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<qint64>("printedScore"); // -1: no selection line
    QTest::addColumn<bool>("scoreMatches");
    QTest::addColumn<bool>("scoreWithoutRootBonus");

    using E = BadnessEra;
    using C = EraConfidence;
    using T = TieRule;
    using B = PredictionBasis;
    using A = Agreement;
    // RHEL 7 3.10 (3.5-3.19 table, shmem-rss backported into the kill line → C'). Limit
    // 233472 kB = 58368 pages, no swap in the report. monocular: 60921 + 134 - 998 * 58 =
    // 3171 → score 3171000 / 58368 = 54, as printed; the uid-0 proxy's 3 % bonus would
    // give 22, so the container's root lacked CAP_SYS_ADMIN. "Kill process 26074" is a
    // thread of 24518 (3.10 walks threads); "Killed process 24518" is its leader.
    QTest::newRow("004 rhel7 memcg, selection names a thread")
        << u"004#0"_s << E::CPrime << C::Medium << T::FirstWins << qint64(4) << qint64(58368)
        << B::Points << qint64(24518) << qint64(24518) << A::Agrees << QStringList{u"thread-id"_s}
        << qint64(54) << true << true;
    // 5.9+ (memory.stat has percpu and workingset_refault_anon); the limit lines are not in
    // the excerpt, so totalpages is unknown: uwsgi 11638 has by far the most memory
    // (76320 + 1045307 swap + 2216) and the highest adj (-997): it wins for any totalpages.
    QTest::newRow("014 cgroup v2, no limit lines: dominance")
        << u"014#0"_s << E::E << C::High << T::LastWins << qint64(4) << qint64(-1) << B::Dominance
        << qint64(11638) << qint64(11638) << A::Agrees << QStringList{} << qint64(-1) << false
        << false;
    QTest::newRow("015 6.14 memcg, one task")
        << u"015#0"_s << E::E << C::High << T::LastWins << qint64(4) << qint64(-1)
        << B::SingleCandidate << qint64(3963629) << qint64(3963629) << A::Agrees << QStringList{}
        << qint64(-1) << false << false;
    QTest::newRow("020 6.x global, one task")
        << u"020#0"_s << E::E << C::High << T::LastWins << qint64(4) << qint64(-1)
        << B::SingleCandidate << qint64(1297859) << qint64(1297859) << A::Agrees << QStringList{}
        << qint64(-1) << false << false;
    // 4.15-4.20 ("Task in", pgtables_bytes, selection line): C' or D. Page size from the
    // memcg usage (524288 kB over 134371 rss pages). 134371 + 358 = 134729 → 1027 as
    // printed. The kill line is cut: compared with the selection.
    QTest::newRow("031 docker memcg v1, kill line cut")
        << u"031#0"_s << E::D << C::Low << T::FirstWins << qint64(4) << qint64(131072)
        << B::SingleCandidate << qint64(27281) << qint64(-1) << A::Agrees << QStringList{}
        << qint64(1027) << true << false;
    // RHEL 7: java 1047384 + 2363 = 1049747 → 1001 as printed (swap assumed 0, which the
    // score confirms; with the uid-0 bonus it would print 971). 76756 is a thread.
    QTest::newRow("033 rhel7 docker java, selection names a thread")
        << u"033#0"_s << E::CPrime << C::Medium << T::FirstWins << qint64(4) << qint64(1048576)
        << B::SingleCandidate << qint64(76513) << qint64(76513) << A::Agrees
        << QStringList{u"thread-id"_s} << qint64(1001) << true << true;
    // 5.4-5.8 (UID/pgtables kill line, 5.3-5.8 memory.stat keys): last wins. No limit
    // lines; all adj 0: stress 69431 (2378 + 17) dominates.
    QTest::newRow("034 memcg v2 5.4, no limit lines")
        << u"034#0"_s << E::D << C::Medium << T::LastWins << qint64(4) << qint64(-1) << B::Dominance
        << qint64(69431) << qint64(69431) << A::Agrees << QStringList{} << qint64(-1) << false
        << false;
    // SLE 15 SP4 5.14 (D or E from the text). 17024340 kB / 4 = 4256085 pages;
    // qemu 4201766 + 8408 + 986 * 4256 = 8406590, far ahead. Victim from the summary line.
    QTest::newRow("036 kubevirt memcg v1, summary line only")
        << u"036#0"_s << E::E << C::Medium << T::LastWins << qint64(4) << qint64(4256085)
        << B::Points << qint64(39079) << qint64(39079) << A::Agrees << QStringList{} << qint64(-1)
        << false << false;
    // 6.1 SysRq-f, global: 8373432 - 166529 = 8206903 pages; node 6009 scores 3052838.
    QTest::newRow("038 unraid 6.1 sysrq, 329 tasks")
        << u"038#0"_s << E::E << C::High << T::LastWins << qint64(4) << qint64(8206903) << B::Points
        << qint64(6009) << qint64(6009) << A::Agrees << QStringList{} << qint64(-1) << false
        << false;
    // Boot-time OOM with an empty table: nothing eligible, "no killable processes". The
    // "Tasks state" line (4.19+) and the pgtables_bytes table pin era D.
    QTest::newRow("048 kdump boot, no killable task")
        << u"048#0"_s << E::D << C::High << T::FirstWins << qint64(4) << qint64(33559) << B::None
        << qint64(-1) << qint64(-1) << A::Agrees << QStringList{} << qint64(-1) << false << false;
    // RHEL 7 with the backported summary line ("oom-kill:,cpuset="). 786432 pages;
    // runc 1169 - 35 + 997 * 786 = 784776 → 997, dockerinit 784746 → 997 too: the score
    // cannot tell whether the bonus applied. "Kill process 12800" vs "Killed process
    // 12788": 12800 is a thread of runc:[2:INIT] 12788, the process the table lists.
    QTest::newRow("049 rhel7 backported summary, selection names a thread")
        << u"049#0"_s << E::CPrime << C::Medium << T::FirstWins << qint64(4) << qint64(786432)
        << B::Points << qint64(12788) << qint64(12788) << A::Agrees << QStringList{u"thread-id"_s}
        << qint64(997) << true << false;
    // loongarch64 4.19: 16 kB pages (409600 kB usage over 26655 rss pages). 25600 pages;
    // java 26597 + 73 - 997 * 25 = 1745, sh and pause clamp to 1. With 4 kB pages all
    // three would clamp to 1 and "first wins" would wrongly pick pause.
    QTest::newRow("051 loongarch 16 kB pages, kill line suppressed")
        << u"051#0"_s << E::D << C::High << T::FirstWins << qint64(16) << qint64(25600) << B::Points
        << qint64(585588) << qint64(585588) << A::Agrees << QStringList{} << qint64(-1) << false
        << false;
    // The excerpt ends inside the first row: no prediction.
    QTest::newRow("052 rpi table cut after the header")
        << u"052#0"_s << E::E << C::High << T::LastWins << qint64(4) << qint64(1178504) << B::None
        << qint64(-1) << qint64(-1) << A::NoPrediction << QStringList{u"table-cut"_s} << qint64(-1)
        << false << false;
    QTest::newRow("056 6.18 memcg v1, rss split")
        << u"056#0"_s << E::E << C::High << T::LastWins << qint64(4) << qint64(16384)
        << B::SingleCandidate << qint64(18746) << qint64(18746) << A::Agrees << QStringList{}
        << qint64(-1) << false << false;
}

void TestVictimRanking::corpus()
{
    QFETCH(QString, report);
    QFETCH(BadnessEra, era);
    QFETCH(EraConfidence, confidence);
    QFETCH(TieRule, tieRule);
    QFETCH(qint64, pageSizeKb);
    QFETCH(qint64, totalpages);
    QFETCH(PredictionBasis, basis);
    QFETCH(qint64, predicted);
    QFETCH(qint64, actual);
    QFETCH(Agreement, agreement);
    QFETCH(QStringList, reasons);
    QFETCH(qint64, printedScore);
    QFETCH(bool, scoreMatches);
    QFETCH(bool, scoreWithoutRootBonus);

    const QString prefix = report.section(u'#', 0, 0) + u'-';
    const int index = report.section(u'#', 1).toInt();
    const QList<OomEvent> events = eventsOf(prefix);
    QVERIFY2(index < events.size(), qPrintable(caseFile(prefix)));
    const RankingResult r = rankReport(events.at(index));
    QCOMPARE(eraId(r.era.era), eraId(era));
    QCOMPARE(r.era.confidence, confidence);
    QCOMPARE(r.era.tieRule, tieRule);
    QCOMPARE(r.pageSize.kb, pageSizeKb);
    QCOMPARE(r.totalpages ? r.totalpages->pages : -1, totalpages);
    QCOMPARE(r.basis, basis);
    QCOMPARE(r.predictedPid.value_or(-1), predicted);
    QCOMPARE(r.actualPid.value_or(-1), actual);
    QCOMPARE(r.agreement, agreement);
    QCOMPARE(reasonIds(r), reasons);
    QCOMPARE(r.explanation.size() >= r.reasons.size(), true);
    QCOMPARE(r.scoreCheck ? r.scoreCheck->printed : -1, printedScore);
    if (r.scoreCheck) {
        QCOMPARE(r.scoreCheck->matches, scoreMatches);
        QCOMPARE(r.scoreCheck->computed, std::optional<qint64>(printedScore));
        QCOMPARE(r.scoreCheck->withoutRootBonus, scoreWithoutRootBonus);
    }
    QVERIFY(!r.era.reasons.isEmpty());
}

void TestVictimRanking::everyTableReportIsCovered()
{
    // A new corpus case with a task table must get a row in corpus_data().
    for (const QString &name : testing::reportCases()) {
        const QList<OomEvent> events = testing::parseWholeFile(testing::reportsDir() + name, name);
        for (int i = 0; i < events.size(); ++i) {
            const OomEvent &e = events.at(i);
            if (e.kind != EventKind::KernelOom
                || (e.tasks.isEmpty() && e.taskLayout == TaskTableLayout::Unknown))
                continue;
            const QString key = name.section(u'-', 0, 0) + u'#' + QString::number(i);
            QVERIFY2(coveredReports().contains(key),
                     qPrintable(u"%1 has a task table but no corpus row"_s.arg(key)));
        }
    }
    QCOMPARE(coveredReports().size(), 14);
}

void TestVictimRanking::corpusTaskPoints_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<qint64>("points"); // LLONG_MIN: unknown
    QTest::addColumn<int>("rank");
    QTest::addColumn<qint64>("oomScore"); // -1: not a global report

    constexpr qint64 unknown = std::numeric_limits<qint64>::min();
    // 038 (T = 8206903, 4 kB): node 3052838 → 371 → (1000 + 371) * 2 / 3 = 914
    QTest::newRow("038 node") << u"038#0"_s << qint64(6009) << qint64(3052838) << 1 << qint64(914);
    QTest::newRow("038 java") << u"038#0"_s << qint64(29551) << qint64(496550) << 2 << qint64(706);
    QTest::newRow("038 jellyfin") << u"038#0"_s << qint64(14192) << qint64(428813) << 3
                                  << qint64(701);
    QTest::newRow("004 monocular, no root bonus")
        << u"004#0"_s << qint64(24518) << qint64(3171) << 1 << qint64(-1);
    QTest::newRow("004 pause clamps to 1")
        << u"004#0"_s << qint64(24389) << qint64(1) << 2 << qint64(-1);
    QTest::newRow("051 java") << u"051#0"_s << qint64(585588) << qint64(1745) << 1 << qint64(-1);
    // D: equal scores of 1, first wins: pause (first in the table) before sh
    QTest::newRow("051 pause") << u"051#0"_s << qint64(1916799) << qint64(1) << 2 << qint64(-1);
    QTest::newRow("051 sh") << u"051#0"_s << qint64(585567) << qint64(1) << 3 << qint64(-1);
    // E: 986 * 4256 = 4196416 → pause -998 * 4256 + 8 = -4247480 stays negative
    QTest::newRow("036 pause negative")
        << u"036#0"_s << qint64(38886) << qint64(-4247480) << 6 << qint64(-1);
    QTest::newRow("014 uwsgi, points unknown")
        << u"014#0"_s << qint64(11638) << unknown << 1 << qint64(-1);
    QTest::newRow("014 bash, not placed")
        << u"014#0"_s << qint64(8033) << unknown << 0 << qint64(-1);
}

void TestVictimRanking::corpusTaskPoints()
{
    QFETCH(QString, report);
    QFETCH(qint64, pid);
    QFETCH(qint64, points);
    QFETCH(int, rank);
    QFETCH(qint64, oomScore);
    const QList<OomEvent> events = eventsOf(report.section(u'#', 0, 0) + u'-');
    const RankingResult r = rankReport(events.at(report.section(u'#', 1).toInt()));
    const RankedTask *task = r.task(pid);
    QVERIFY(task);
    QCOMPARE(task->points.value_or(std::numeric_limits<qint64>::min()), points);
    QCOMPARE(task->rank, rank);
    QCOMPARE(task->oomScore.value_or(-1), oomScore);
}

void TestVictimRanking::reportsWithoutTable_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("actual");
    // A grep'ed excerpt of kill lines only, with no trace of the kernel's rate limit (no
    // "callbacks suppressed" line, no report just before): the log starts late, so the
    // ranking has no task table, not a suppressed header.
    QTest::newRow("018 cpuset kill, excerpt starts at the kill")
        << u"018#0"_s << u"no-task-table"_s << qint64(886679);
    // 2.6.24: vm.oom_dump_tasks was off by default before 2.6.36.
    QTest::newRow("028 2.6.24, no dump") << u"028#0"_s << u"no-task-table"_s << qint64(5928);
}

void TestVictimRanking::reportsWithoutTable()
{
    QFETCH(QString, report);
    QFETCH(QString, reason);
    QFETCH(qint64, actual);
    const QList<OomEvent> events = eventsOf(report.section(u'#', 0, 0) + u'-');
    const RankingResult r = rankReport(events.at(report.section(u'#', 1).toInt()));
    QCOMPARE(r.agreement, Agreement::NoPrediction);
    QCOMPARE(reasonIds(r), QStringList{reason});
    QCOMPARE(r.actualPid.value_or(-1), actual);
    QVERIFY(!r.predictedPid);
}

void TestVictimRanking::whatIfRows_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("changes"); // "pid:adj" or "pid:remove", comma-separated
    QTest::addColumn<qint64>("baseline");
    QTest::addColumn<qint64>("predicted");
    QTest::addColumn<bool>("noteAdded");

    // 038, T = 8206903 → adj unit 8206 pages. node 3052838, java 496550.
    QTest::newRow("038 node shielded with -1000 → java")
        << u"038#0"_s << u"6009:-1000"_s << qint64(6009) << qint64(29551) << false;
    QTest::newRow("038 node removed → java")
        << u"038#0"_s << u"6009:remove"_s << qint64(6009) << qint64(29551) << false;
    // -300: 3052838 - 2461800 = 591038 > 496550 — node still dies
    QTest::newRow("038 node at -300 still dies")
        << u"038#0"_s << u"6009:-300"_s << qint64(6009) << qint64(6009) << false;
    // -400: 3052838 - 3282400 < 0 — java dies
    QTest::newRow("038 node at -400 → java")
        << u"038#0"_s << u"6009:-400"_s << qint64(6009) << qint64(29551) << false;
    QTest::newRow("038 java pushed to +1000")
        << u"038#0"_s << u"29551:1000"_s << qint64(6009) << qint64(29551) << false;
    // 036: qemu at -998: 4210174 - 4247488 < 0; virt-launcher 25359 + 4196416 wins
    QTest::newRow("036 qemu protected → virt-launcher")
        << u"036#0"_s << u"39079:-998"_s << qint64(39079) << qint64(38934) << false;
    // 051 (D, first wins): java at -1000 leaves pause and sh at 1: pause is first
    QTest::newRow("051 java at -1000 → pause (tie, first wins)")
        << u"051#0"_s << u"585588:-1000"_s << qint64(585588) << qint64(1916799) << false;
    QTest::newRow("051 java at -998 still dies")
        << u"051#0"_s << u"585588:-998"_s << qint64(585588) << qint64(585588) << false;
    // 014 without totalpages: the second uwsgi then dominates the rest
    QTest::newRow("014 uwsgi 11638 at -1000 → uwsgi 11637")
        << u"014#0"_s << u"11638:-1000"_s << qint64(11638) << qint64(11637) << false;
    QTest::newRow("049 runc removed → dockerinit")
        << u"049#0"_s << u"12788:remove"_s << qint64(12788) << qint64(11680) << false;
    QTest::newRow("unknown pid leaves the ranking")
        << u"038#0"_s << u"999999:0"_s << qint64(6009) << qint64(6009) << true;
}

void TestVictimRanking::whatIfRows()
{
    QFETCH(QString, report);
    QFETCH(QString, changes);
    QFETCH(qint64, baseline);
    QFETCH(qint64, predicted);
    QFETCH(bool, noteAdded);
    QList<WhatIfChange> list;
    for (const QString &part : changes.split(u',')) {
        WhatIfChange change;
        change.pid = part.section(u':', 0, 0).toLongLong();
        const QString what = part.section(u':', 1);
        if (what == u"remove"_s)
            change.kind = WhatIfChange::Kind::RemoveTask;
        else
            change.oomScoreAdj = what.toInt();
        list.append(change);
    }
    const QList<OomEvent> events = eventsOf(report.section(u'#', 0, 0) + u'-');
    const OomEvent &event = events.at(report.section(u'#', 1).toInt());
    const RankingResult r = whatIf(event, list);
    QVERIFY(r.whatIf);
    QCOMPARE(r.baselinePredictedPid.value_or(-1), baseline);
    QCOMPARE(r.predictedPid.value_or(-1), predicted);
    QCOMPARE(r.agreement, predicted == r.actualPid ? Agreement::Agrees : Agreement::Differs);
    QCOMPARE(r.notes.join(u'\n').contains(u"999999"_s), noteAdded);
    // The report itself is left alone.
    QCOMPARE(rankReport(event).predictedPid.value_or(-1), baseline);
}

void TestVictimRanking::detectEra_data()
{
    QTest::addColumn<OomEvent>("event");
    QTest::addColumn<BadnessEra>("era");
    QTest::addColumn<EraConfidence>("confidence");
    QTest::addColumn<TieRule>("tieRule");
    QTest::addColumn<bool>("tieCertain");
    QTest::addColumn<QString>("reason");

    OomEvent twoSix; // "java invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=0"
    twoSix.trigger.oomAdj = 0;
    QTest::newRow("2.6.32 header: oom_adj only")
        << twoSix << BadnessEra::A << EraConfidence::High << TieRule::FirstWins << true
        << u"header-oom-adj"_s;

    OomEvent rhel6; // RHEL 6 prints the 2.6.36 header and table
    rhel6.trigger.oomAdj = 0;
    rhel6.trigger.oomScoreAdj = 0;
    rhel6.taskLayout = TaskTableLayout::CpuOomAdjScoreAdj;
    QTest::newRow("RHEL 6: oom_adj and oom_score_adj table")
        << rhel6 << BadnessEra::B << EraConfidence::High << TieRule::FirstWins << true
        << u"table-oom-score-adj-cpu"_s;

    // 4.8: the 4.0-4.14 table, symbolic gfp flags, no nodemask, per-node Mem-Info lines.
    OomEvent fourEight;
    fourEight.trigger.oomScoreAdj = 0;
    fourEight.trigger.gfpFlags = {u"GFP_HIGHUSER_MOVABLE"_s};
    fourEight.taskLayout = TaskTableLayout::NrPtesNrPmds;
    fourEight.meminfo.nodes.append(NodeState{});
    QTest::newRow("4.8: last wins") << fourEight << BadnessEra::CPrime << EraConfidence::High
                                    << TieRule::LastWins << true << u"header-without-nodemask"_s;

    // RHEL 8.1: the 4.15 table, the 5.1 kill-line prefix, no summary, no selection line.
    OomEvent rhel8;
    rhel8.trigger.oomScoreAdj = 0;
    rhel8.trigger.gfpFlags = {u"GFP_KERNEL"_s};
    rhel8.trigger.nodemask = u"(null)"_s;
    rhel8.taskLayout = TaskTableLayout::PgtablesBytes;
    Victim killed = victim(5, u"olm"_s);
    killed.message = u"Memory cgroup out of memory"_s;
    killed.totalVmKb = KiB(1000);
    killed.anonRssKb = KiB(500);
    killed.shmemRssKb = KiB(0);
    rhel8.victims = {killed};
    QTest::newRow("RHEL 8.1 kill line") << rhel8 << BadnessEra::CPrime << EraConfidence::Medium
                                        << TieRule::FirstWins << true << u"rhel8-kill-line"_s;

    // 5.4.273 carries the 5.9 formula and still prints "unstable": the exiting-victim
    // line (5.9+, backported with the formula) wins over the weak Mem-Info hint.
    OomEvent backport;
    backport.trigger.oomScoreAdj = 0;
    backport.taskLayout = TaskTableLayout::PgtablesBytes;
    backport.notes = {u"victim-already-exiting"_s};
    backport.meminfo.countersPages = {{u"unstable"_s, 0}};
    QTest::newRow("5.4.y with the 5.9 formula")
        << backport << BadnessEra::E << EraConfidence::High << TieRule::LastWins << true
        << u"victim-already-exiting"_s;

    OomEvent blank;
    QTest::newRow("nothing to go by") << blank << BadnessEra::Unknown << EraConfidence::Low
                                      << TieRule::FirstWins << false << QString();
}

void TestVictimRanking::detectEra()
{
    QFETCH(OomEvent, event);
    QFETCH(BadnessEra, era);
    QFETCH(EraConfidence, confidence);
    QFETCH(TieRule, tieRule);
    QFETCH(bool, tieCertain);
    QFETCH(QString, reason);
    const EraDetection d = oom::detectEra(event);
    QCOMPARE(eraId(d.era), eraId(era));
    QCOMPARE(d.confidence, confidence);
    QCOMPARE(d.tieRule, tieRule);
    QCOMPARE(d.tieRuleCertain, tieCertain);
    if (!reason.isEmpty())
        QVERIFY2(d.hasReason(reason), qPrintable(reason));
}

void TestVictimRanking::childSubstitution()
{
    // RHEL 7 style: the kernel selects the parent (score printed for it) and kills its
    // child, which has its own mm (2.6.36-5.0 "or sacrifice child").
    OomEvent e;
    e.trigger.oomScoreAdj = 0;
    e.taskLayout = TaskTableLayout::NrPtes;
    e.meminfo.ramPages = Pages(1000000);
    e.meminfo.reservedPages = Pages(0);
    e.swap.totalKb = KiB(0);
    e.pageSizeKb = KiB(4);
    TaskRow parent = row(100, u"httpd"_s, 400000, 0, 20);
    parent.pgtablesBytes.reset();
    parent.nrPtes = Pages(800);
    TaskRow child = row(200, u"httpd-worker"_s, 20000, 0, 21);
    child.pgtablesBytes.reset();
    child.nrPtes = Pages(40);
    e.tasks = {parent, child};
    e.selection.pid = 100;
    e.selection.comm = u"httpd"_s;
    e.selection.score = 400800 * 1000 / 1000000; // 400
    e.selection.line = {22, 22};
    e.victims = {victim(200, u"httpd-worker"_s)};
    const RankingResult r = rankReport(e);
    QCOMPARE(r.predictedPid, std::optional<qint64>(100));
    QCOMPARE(r.agreement, Agreement::Differs);
    QCOMPARE(reasonIds(r), QStringList{u"child-substitution"_s});
    QVERIFY(r.scoreCheck && r.scoreCheck->matches);
}

void TestVictimRanking::staleCounters()
{
    // 5.9+: two workers 100 pages apart; the table is printed after the choice.
    OomEvent e = globalReport(
        {row(300, u"worker"_s, 200000, 0, 30), row(301, u"worker"_s, 199900, 0, 31)}, 301, 50.0);
    const RankingResult r = rankReport(e);
    QCOMPARE(r.predictedPid, std::optional<qint64>(300));
    QCOMPARE(r.agreement, Agreement::Differs);
    QCOMPARE(reasonIds(r), QStringList{u"stale-counters"_s});
}

void TestVictimRanking::alreadyReapedAcrossReports()
{
    // Two kills five seconds apart: the first victim is still listed in the second report
    // (exiting, MMF_OOM_SKIP) and the kernel skips it.
    const OomEvent first = globalReport(
        {row(500, u"leaker"_s, 900000, 0, 10), row(600, u"cache"_s, 300000, 0, 11)}, 500, 100.0);
    const OomEvent second = globalReport(
        {row(500, u"leaker"_s, 880000, 0, 20), row(600, u"cache"_s, 300000, 0, 21)}, 600, 105.0);
    const QList<RankingResult> results = rankReports({first, second});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).predictedPid, std::optional<qint64>(500));
    QCOMPARE(results.at(0).agreement, Agreement::Agrees);
    QCOMPARE(results.at(1).predictedPid, std::optional<qint64>(600));
    QCOMPARE(results.at(1).agreement, Agreement::Agrees);
    QCOMPARE(reasonIds(results.at(1)), QStringList{u"already-reaped"_s});
    QCOMPARE(results.at(1).task(500)->ineligibility, Ineligibility::AlreadyReaped);
    // Alone, the second report looks like a disagreement.
    QCOMPARE(rankReport(second).agreement, Agreement::Differs);
}

QTEST_GUILESS_MAIN(TestVictimRanking)
#include "tst_victimranking.moc"
