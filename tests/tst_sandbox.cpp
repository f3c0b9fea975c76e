// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Sandbox awareness: the Flatpak marker is read from a path the test chooses, so the same
// binary is checked as if outside (no marker) and inside (a marker written like Flatpak
// writes it), and the report says which views are limited and why.
// The marker files are fakes by necessity: a Flatpak runtime cannot be installed here.

#include "sources/system/sandbox.h"
#include "sources/system/sandboxcapabilities.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom::sources;

namespace {

// The shape of /.flatpak-info as flatpak 1.14 writes it (flatpak-run.c,
// flatpak_run_add_app_info_args): [Application], [Instance], [Context], bus policies.
const QByteArray MarkerWithEverything = R"(
[Application]
name=io.github.oomlens.OOMLens
runtime=runtime/org.kde.Platform/x86_64/6.10

[Instance]
instance-id=1234567890
app-path=/var/lib/flatpak/app/io.github.oomlens.OOMLens/x86_64/master/abc/files
branch=master
arch=x86_64
flatpak-version=1.14.10
session-bus-proxy=true
system-bus-proxy=true

[Context]
shared=ipc;
sockets=wayland;fallback-x11;
devices=dri;
filesystems=/var/log/journal:ro;

[Session Bus Policy]
org.freedesktop.Flatpak=talk

[System Bus Policy]
io.github.oomlens.Helper1=talk
)";

const QByteArray MarkerMinimal = R"(
[Application]
name=io.github.oomlens.OOMLens
runtime=runtime/org.kde.Platform/x86_64/6.10

[Context]
sockets=wayland;
)";

QString writeMarker(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"flatpak-info"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// As numbers, so that QCOMPARE can print them.
QList<int> limitedViews(const SandboxCapabilities &c)
{
    QList<int> views;
    for (const ViewLimitation &l : c.limitations)
        views.append(int(l.view));
    return views;
}

QList<int> views(std::initializer_list<LiveView> list)
{
    QList<int> result;
    for (LiveView v : list)
        result.append(int(v));
    return result;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outsideNoMarker()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SandboxInfo info = detectSandbox(dir.filePath(u"no-such-marker"_s));
        QVERIFY(!info.flatpak);
        const SandboxCapabilities caps =
            assessSandbox(SandboxFacts{info, false, false, false, false});
        QVERIFY(!caps.sandboxed);
        QVERIFY(caps.limitations.isEmpty());
    }

    void insideMarkerIsParsed()
    {
        QTemporaryDir dir;
        const QString marker = writeMarker(dir, MarkerWithEverything);
        QVERIFY(!marker.isEmpty());
        const SandboxInfo info = detectSandbox(marker);
        QVERIFY(info.flatpak);
        QCOMPARE(info.appId, u"io.github.oomlens.OOMLens"_s);
        QCOMPARE(info.runtime, u"runtime/org.kde.Platform/x86_64/6.10"_s);
        QCOMPARE(info.hostAppPath,
                 u"/var/lib/flatpak/app/io.github.oomlens.OOMLens/x86_64/master/abc/files"_s);
        QVERIFY(info.mayTalkOnSessionBus(u"org.freedesktop.Flatpak"_s));
        QVERIFY(info.mayTalkOnSystemBus(u"io.github.oomlens.Helper1"_s));
        QVERIFY(info.exposesPath(u"/var/log/journal"_s));
        QVERIFY(info.exposesPath(u"/var/log/journal/0123/system.journal"_s));
        QVERIFY(!info.exposesPath(u"/var/log"_s));
        QVERIFY(!info.exposesPath(u"/var/log/journalx"_s));
    }

    void unreadableMarkerStillMeansSandboxed()
    {
        if (geteuid() == 0)
            QSKIP("root reads a mode-000 file; run as a normal user to check this");
        QTemporaryDir dir;
        const QString marker = writeMarker(dir, MarkerMinimal);
        QVERIFY(QFile::setPermissions(marker, QFileDevice::Permissions()));
        const SandboxInfo info = detectSandbox(marker);
        QVERIFY(info.flatpak);
        QVERIFY(info.sessionTalk.isEmpty());
    }

    void exposesPathGrants_data()
    {
        QTest::addColumn<QStringList>("filesystems");
        QTest::addColumn<bool>("exposed");
        QTest::newRow("exact, read-only") << QStringList{u"/var/log/journal:ro"_s} << true;
        QTest::newRow("parent") << QStringList{u"/var/log"_s} << true;
        QTest::newRow("host") << QStringList{u"host"_s} << true;
        QTest::newRow("host-os does not hold /var") << QStringList{u"host-os"_s} << false;
        QTest::newRow("negated") << QStringList{u"!/var/log/journal"_s} << false;
        QTest::newRow("none") << QStringList{} << false;
    }

    void exposesPathGrants()
    {
        QFETCH(QStringList, filesystems);
        QFETCH(bool, exposed);
        SandboxInfo info;
        info.flatpak = true;
        info.filesystems = filesystems;
        QCOMPARE(info.exposesPath(u"/var/log/journal"_s), exposed);
    }

    void limitations_data()
    {
        QTest::addColumn<QByteArray>("marker");
        QTest::addColumn<bool>("gathererInstalled");
        QTest::addColumn<bool>("hostCommandReachable");
        QTest::addColumn<bool>("journalReadable");
        QTest::addColumn<bool>("helperActivatable");
        QTest::addColumn<QList<int>>("limited");
        QTest::addColumn<QString>("reasonMentions");

        QTest::newRow("everything granted and working")
            << MarkerWithEverything << true << true << true << true << QList<int>{} << QString();
        QTest::newRow("no Flatpak talk permission")
            << MarkerMinimal << true << true << false << false
            << views({LiveView::Processes, LiveView::Cgroups, LiveView::KernelLog,
                      LiveView::JournalHistory, LiveView::Fixes})
            << u"org.freedesktop.Flatpak"_s;
        QTest::newRow("gatherer missing from the build")
            << MarkerWithEverything << false << true << true << true
            << views({LiveView::Processes, LiveView::Cgroups, LiveView::KernelLog})
            << u"oomlens-hostgather"_s;
        QTest::newRow("session helper not answering")
            << MarkerWithEverything << true << false << true << true
            << views({LiveView::Processes, LiveView::Cgroups, LiveView::KernelLog})
            << u"does not answer"_s;
        QTest::newRow("journal granted but unreadable")
            << MarkerWithEverything << true << true << false << true
            << views({LiveView::JournalHistory}) << u"cannot be read"_s;
        QTest::newRow("no helper on the host")
            << MarkerWithEverything << true << true << true << false << views({LiveView::Fixes})
            << u"commands"_s;
    }

    void limitations()
    {
        QFETCH(QByteArray, marker);
        QFETCH(bool, gathererInstalled);
        QFETCH(bool, hostCommandReachable);
        QFETCH(bool, journalReadable);
        QFETCH(bool, helperActivatable);
        QFETCH(QList<int>, limited);
        QFETCH(QString, reasonMentions);

        QTemporaryDir dir;
        const SandboxInfo info = detectSandbox(writeMarker(dir, marker));
        const SandboxCapabilities caps = assessSandbox(
            {info, gathererInstalled, hostCommandReachable, journalReadable, helperActivatable});
        QVERIFY(caps.sandboxed);
        QCOMPARE(limitedViews(caps), limited);
        // Memory and fragmentation come from kernel-wide /proc files: never limited.
        QVERIFY(!caps.isLimited(LiveView::Memory));
        QVERIFY(!caps.isLimited(LiveView::Fragmentation));
        QCOMPARE(caps.useHostGatherer, !caps.isLimited(LiveView::Processes));
        QCOMPARE(caps.useHostHelper, !caps.isLimited(LiveView::Fixes));
        for (const ViewLimitation &l : caps.limitations) {
            QVERIFY2(!l.reason.isEmpty() && !l.remedy.isEmpty(),
                     qPrintable(SandboxCapabilities::viewName(l.view)));
            QVERIFY(!SandboxCapabilities::viewName(l.view).isEmpty());
        }
        if (!reasonMentions.isEmpty()) {
            QVERIFY2(caps.limitations.constFirst().reason.contains(reasonMentions),
                     qPrintable(caps.limitations.constFirst().reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
