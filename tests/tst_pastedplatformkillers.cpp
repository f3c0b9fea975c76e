// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Platforms whose kills are not the kernel OOM killer's report: OpenVZ's beancounter kill
// line, Android's lmkd and the kernel's staging lowmemorykiller driver, Chrome on ChromeOS.
// Each input is written from the program's format string, named at the test, in the framing
// the platform logs it with (logcat, dmesg, Chrome's own log, ChromeOS syslog).

#include "core/analysis/causeids.h"
#include "core/analysis/diagnosis.h"
#include "core/report/reportformat.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QList<OomEvent> parse(const QByteArray &text)
{
    return testing::parseText(text, u"platform.log"_s);
}

} // namespace

class TestPastedPlatformKillers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openvzVictimKeepsRssAndSwap();
    void lmkdKillLines_data();
    void lmkdKillLines();
    void lmkdAndroid8TwoLineKill();
    void kernelLowMemoryKillerDriver();
    void kernelLowMemoryKillerDriverBefore3_5();
    void chromeOsTabAndAppKills();
    void causesNameTheKiller();
};

// vzkernel: "%s %u: OOM killed process %d (%s) score %d vm:%lukB, rss:%lukB, swap:%lukB"
void TestPastedPlatformKillers::openvzVictimKeepsRssAndSwap()
{
    const QList<OomEvent> events = parse(
        "[1982048.529636] Out of memory in UB 317592: OOM killed process 2946 (npm) score 0 "
        "vm:1506164kB, rss:237752kB, swap:120052kB\n");
    QCOMPARE(events.size(), 1);
    const Victim &v = events.first().victims.first();
    QCOMPARE(v.totalVmKb, KiB(1506164));
    QCOMPARE(v.rssKb, KiB(237752));
    QCOMPARE(v.swapKb, KiB(120052));
    QVERIFY(!v.anonRssKb); // the line does not split the RSS
    QVERIFY(ReportFormat::victim(v).contains(u"swap 117.2 MiB"_s));
}

void TestPastedPlatformKillers::lmkdKillLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("adj");
    QTest::addColumn<qint64>("rssKb");
    QTest::addColumn<qint64>("swapKb"); // -1: not printed
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("dated"); // logcat -v threadtime prints month, day and time
    // Android 12+ lmkd.cpp kill_one_process(), logcat -v threadtime.
    QTest::newRow("android 12 threadtime")
        << QByteArray(
               "05-21 10:11:12.345   612   612 I lowmemorykiller: Kill 'com.example.game' "
               "(12345), uid 10123, oom_score_adj 900 to free 183420kB rss, 52316kB swap; "
               "reason: low watermark is breached and swap is low (2840kB < 314572kB)")
        << 900 << qint64(183420) << qint64(52316)
        << u"low watermark is breached and swap is low (2840kB < 314572kB)"_s << true;
    // Android 9/10 lmkd.c, logcat -v brief.
    QTest::newRow("android 10 brief") << QByteArray(
        "I/lowmemorykiller(  612): Kill 'com.android.chrome:sandboxed_process0' "
        "(4321), uid 99001, oom_adj 915 to free 40564kB")
                                      << 915 << qint64(40564) << qint64(-1) << QString() << false;
    // Android 11 lmkd.c with its kill reason.
    QTest::newRow("android 11 reason")
        << QByteArray(
               "I lowmemorykiller: Kill 'com.whatsapp' (7788), uid 10201, oom_adj 700 to "
               "free 90112kB; reason: device is low on swap (12800kB < 209715kB) and "
               "thrashing (31%)")
        << 700 << qint64(90112) << qint64(-1)
        << u"device is low on swap (12800kB < 209715kB) and thrashing (31%)"_s << false;
}

void TestPastedPlatformKillers::lmkdKillLines()
{
    QFETCH(QByteArray, line);
    const QList<OomEvent> events = parse(line + '\n');
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.kind, EventKind::UserspaceKill);
    QCOMPARE(e.killer, Killer::AndroidLmkd);
    const Victim &v = e.victims.first();
    QVERIFY(v.pid && v.uid && !v.comm.isEmpty());
    QTEST(*v.oomScoreAdj, "adj");
    QTEST(v.rssKb->value, "rssKb");
    QFETCH(qint64, swapKb);
    QCOMPARE(v.swapKb.has_value(), swapKb >= 0);
    if (swapKb >= 0)
        QCOMPARE(v.swapKb->value, swapKb);
    QTEST(e.userspace.reason, "reason");
    QCOMPARE(e.userspace.signal, u"SIGKILL"_s);
    QFETCH(bool, dated);
    QCOMPARE(e.time.has_value(), dated);
    if (dated) {
        QCOMPARE(e.time->date().month(), 5);
        QCOMPARE(e.time->date().day(), 21);
        QCOMPARE(e.time->time(), QTime(10, 11, 12, 345));
        QVERIFY(e.timeYearAssumed);
    }
}

// Android 8.0 lmkd.c: one ALOGI of three lines; logcat repeats its prefix on each.
void TestPastedPlatformKillers::lmkdAndroid8TwoLineKill()
{
    const QList<OomEvent> events = parse(
        "05-21 09:00:00.100   420   420 I lowmemorykiller: Killing 'com.google.android.gm' (2981), "
        "uid 10037, adj 906\n"
        "05-21 09:00:00.100   420   420 I lowmemorykiller:    to free 40564kB because cache "
        "81920kB is below limit 86016kB for oom_adj 900\n"
        "05-21 09:00:00.100   420   420 I lowmemorykiller:    Free memory is 10240kB above "
        "reserved\n");
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.killer, Killer::AndroidLmkd);
    QCOMPARE(e.lines, (LineSpan{1, 3}));
    QCOMPARE(e.victims.first().comm, u"com.google.android.gm"_s);
    QCOMPARE(e.victims.first().uid, 10037);
    QCOMPARE(e.victims.first().oomScoreAdj, 906);
    QCOMPARE(e.victims.first().rssKb, KiB(40564));
    QCOMPARE(e.userspace.reason,
             u"cache 81920kB is below limit 86016kB for oom_adj 900; Free memory is 10240kB above "
             "reserved"_s);
}

// drivers/staging/android/lowmemorykiller.c lowmem_scan() (3.10-4.11), one printk of four
// lines, as dmesg prints it (the prefix repeated on each).
void TestPastedPlatformKillers::kernelLowMemoryKillerDriver()
{
    const QList<OomEvent> events = parse(
        "[  812.104512] Killing 'd.process.acore' (2351), adj 1000,\n"
        "[  812.104512]    to free 27420kB on behalf of 'kswapd0' (86) because\n"
        "[  812.104512]    cache 62104kB is below limit 64800kB for oom_score_adj 529\n"
        "[  812.104512]    Free memory is 8232kB above reserved\n"
        "[  815.200000] Killing 'com.android.vending' (3012), adj 906,\n");
    QCOMPARE(events.size(), 2);
    const OomEvent &e = events.first();
    QCOMPARE(e.kind, EventKind::UserspaceKill);
    QCOMPARE(e.killer, Killer::AndroidLowMemoryKiller);
    QCOMPARE(e.uptimeSeconds, 812.104512);
    QCOMPARE(e.lines, (LineSpan{1, 4}));
    QCOMPARE(e.victims.first().pid, 2351);
    QCOMPARE(e.victims.first().oomScoreAdj, 1000);
    QCOMPARE(e.victims.first().rssKb, KiB(27420));
    QCOMPARE(e.trigger.comm, u"kswapd0"_s);
    QCOMPARE(e.trigger.pid, 86);
    QCOMPARE(e.userspace.reason,
             u"cache 62104kB is below limit 64800kB for oom_score_adj 529; Free memory is 8232kB "
             "above reserved"_s);
    // The second kill's reason lines were not copied: said so, nothing invented.
    QVERIFY(events.at(1).userspace.reason.isEmpty());
    QVERIFY(events.at(1).notes.contains(u"low-memory-kill-reason-not-in-log"_s));
}

// lowmem_shrink() of 2.6.29-3.4: "send sigkill to %d (%s), adj %d, size %d". The adj scale
// (oom_adj or oom_score_adj) and the page size are the kernel's: kept as printed.
void TestPastedPlatformKillers::kernelLowMemoryKillerDriverBefore3_5()
{
    const QList<OomEvent> events =
        parse("<6>[ 4410.293801] send sigkill to 2871 (com.android.email), adj 15, size 5361\n");
    QCOMPARE(events.size(), 1);
    const OomEvent &e = events.first();
    QCOMPARE(e.killer, Killer::AndroidLowMemoryKiller);
    QCOMPARE(e.victims.first().pid, 2871);
    QCOMPARE(e.victims.first().comm, u"com.android.email"_s);
    QVERIFY(!e.victims.first().oomScoreAdj);
    QVERIFY(!e.victims.first().rssKb);
    QVERIFY(e.notes.contains(u"lowmemorykiller-figures-as-printed: adj 15, size 5361"_s));
    const QString summary = diagnose(e).first().summary;
    QVERIFY2(summary.contains(u"neither its reason nor the memory it freed"_s),
             qPrintable(summary));
}

// Chrome's TabManagerDelegate::LowMemoryKillImpl(), MEMORY_LOG(ERROR): in Chrome's own log
// ("[pid:tid:MMDD/hhmmss.us:ERROR:file(line)] ") and in ChromeOS's /var/log/messages, whose
// syslog template prints a severity where the host would be.
void TestPastedPlatformKillers::chromeOsTabAndAppKills()
{
    const QList<OomEvent> events = parse(
        "[5316:5316:0521/101112.345678:ERROR:tab_manager_delegate_chromeos.cc(625)] Killed tab "
        "Inbox (12) - Gmail, estimated 234567 KB freed\n"
        "2023-05-21T10:11:12.345678Z ERROR chrome[5316:5316]: "
        "[tab_manager_delegate_chromeos.cc(614)]"
        " Killed app com.spotify.music (8123), estimated 102400 KB freed\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().killer, Killer::ChromeOs);
    QCOMPARE(events.first().victims.first().comm, u"Inbox (12) - Gmail"_s);
    QVERIFY(!events.first().victims.first().pid);
    QCOMPARE(events.first().victims.first().rssKb, KiB(234567));
    const OomEvent &app = events.at(1);
    QCOMPARE(app.victims.first().comm, u"com.spotify.music"_s);
    QCOMPARE(app.victims.first().pid, 8123);
    QVERIFY(app.host.isEmpty()); // "ERROR" is the severity, not a host
    QVERIFY(app.time);
}

void TestPastedPlatformKillers::causesNameTheKiller()
{
    const QList<OomEvent> events = parse(
        "I/lowmemorykiller(  612): Kill 'com.android.chrome' (4321), uid 10050, oom_adj 915 to "
        "free 40564kB\n"
        "[  812.104512] Killing 'd.process.acore' (2351), adj 1000,\n"
        "[  812.104512]    to free 27420kB on behalf of 'kswapd0' (86) because\n"
        "[  812.104512]    cache 62104kB is below limit 64800kB for oom_score_adj 529\n"
        "[5316:5316:0521/101112.345678:ERROR:tab_manager_delegate_chromeos.cc(625)] Killed tab "
        "Inbox, estimated 234567 KB freed\n");
    QCOMPARE(events.size(), 3);
    const QList<Cause> lmkd = diagnose(events.at(0));
    QCOMPARE(lmkd.first().id, causeid::AndroidLowMemoryKiller);
    QVERIFY2(lmkd.first().summary.contains(u"lmkd"_s)
                 && lmkd.first().summary.contains(u"does not show its reason"_s),
             qPrintable(lmkd.first().summary));
    const QList<Cause> driver = diagnose(events.at(1));
    QCOMPARE(driver.first().id, causeid::AndroidLowMemoryKiller);
    QVERIFY2(driver.first().summary.contains(u"lowmemorykiller driver"_s)
                 && driver.first().summary.contains(u"cache 62104kB is below limit 64800kB"_s),
             qPrintable(driver.first().summary));
    const QList<Cause> chrome = diagnose(events.at(2));
    QCOMPARE(chrome.first().id, causeid::ChromeOsLowMemory);
    QVERIFY(chrome.first().summary.contains(u"Inbox"_s));
}

QTEST_GUILESS_MAIN(TestPastedPlatformKillers)
#include "tst_pastedplatformkillers.moc"
