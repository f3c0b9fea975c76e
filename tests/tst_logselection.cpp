// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Which files of a folder or archive are read, from their paths and the bundle layouts the
// paths reveal (sosreport, supportconfig, oomlens bundle).
#include "sources/input/logselection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

Q_DECLARE_METATYPE(oom::FileRole)

class tst_LogSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QStringList>("seen"); // paths shown before (the layout)
        QTest::addColumn<QString>("path");
        QTest::addColumn<FileRole>("role");

        const QStringList sos = {u"sosreport-node7-2024/sos_commands/kernel/uname_-a"_s};
        QTest::newRow("sos-dmesg")
            << sos << u"sosreport-node7-2024/sos_commands/kernel/dmesg"_s << FileRole::Read;
        QTest::newRow("sos-journalctl")
            << sos << u"sosreport-node7-2024/sos_commands/logs/journalctl_--no-pager"_s
            << FileRole::Read;
        QTest::newRow("sos-messages")
            << sos << u"sosreport-node7-2024/var/log/messages-20240101"_s << FileRole::Read;
        QTest::newRow("sos-kern.log")
            << sos << u"sosreport-node7-2024/var/log/kern.log.1"_s << FileRole::Read;
        QTest::newRow("sos-journal")
            << sos << u"sosreport-node7-2024/var/log/journal/abc/system.journal"_s
            << FileRole::Journal;
        QTest::newRow("sos-other-command")
            << sos << u"sosreport-node7-2024/sos_commands/memory/free"_s << FileRole::Skip;
        QTest::newRow("sos-other-log")
            << sos << u"sosreport-node7-2024/var/log/dnf.log"_s << FileRole::Skip;
        QTest::newRow("sos-proc") << sos << u"sosreport-node7-2024/proc/meminfo"_s
                                  << FileRole::Skip;
        // An extracted sosreport renamed by a ticket system: sos_commands gives it away.
        QTest::newRow("sos-renamed") << QStringList{u"case-1234/sos_commands/kernel/dmesg"_s}
                                     << u"case-1234/var/log/messages"_s << FileRole::Read;

        const QStringList scc = {u"scc_node7_240102_0304/basic-environment.txt"_s};
        QTest::newRow("scc-boot") << scc << u"scc_node7_240102_0304/boot.txt"_s << FileRole::Read;
        QTest::newRow("scc-messages")
            << scc << u"scc_node7_240102_0304/messages.txt"_s << FileRole::Read;
        QTest::newRow("scc-memory")
            << scc << u"scc_node7_240102_0304/memory.txt"_s << FileRole::Skip;

        const QStringList bundle = {u"MANIFEST"_s};
        QTest::newRow("oomlens-logs") << bundle << u"logs/anything.txt"_s << FileRole::Read;
        QTest::newRow("oomlens-proc") << bundle << u"proc/meminfo"_s << FileRole::Skip;

        QTest::newRow("plain-messages") << QStringList() << u"messages.4.gz"_s << FileRole::Read;
        QTest::newRow("plain-app-log") << QStringList() << u"app/server.log"_s << FileRole::Read;
        QTest::newRow("plain-txt") << QStringList() << u"ticket-1234-dmesg.txt"_s << FileRole::Read;
        QTest::newRow("plain-no-extension") << QStringList() << u"node3"_s << FileRole::Probe;
        QTest::newRow("plain-archive")
            << QStringList() << u"sosreport-x.tar.xz"_s << FileRole::Read;
        QTest::newRow("plain-image") << QStringList() << u"screenshot.png"_s << FileRole::Skip;
        QTest::newRow("plain-wtmp") << QStringList() << u"wtmp.1"_s << FileRole::Skip;
        QTest::newRow("var-log-copy-other")
            << QStringList() << u"var/log/apt/history.log"_s << FileRole::Skip;
        QTest::newRow("var-log-copy-syslog")
            << QStringList() << u"var/log/syslog.2.gz"_s << FileRole::Read;
        QTest::newRow("hidden") << QStringList() << u".bash_history"_s << FileRole::Skip;
        QTest::newRow("journal-anywhere")
            << QStringList() << u"x/user-1000.journal~"_s << FileRole::Journal;
    }

    void classify()
    {
        QFETCH(QStringList, seen);
        QFETCH(QString, path);
        QFETCH(FileRole, role);
        LogSelection selection;
        for (const QString &p : seen)
            selection.notice(p);
        selection.notice(path);
        QCOMPARE(selection.classify(path), role);
    }
};

QTEST_GUILESS_MAIN(tst_LogSelection)
#include "tst_logselection.moc"
