// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// supportconfig .txt files: only the kernel and system log sections are fed, with their
// original line numbers and a gap between sections.
#include "helpers/sourcefixtures.h"
#include "sources/input/linereader.h"
#include "sources/input/supportconfigsections.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

class tst_SupportconfigSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boot_txt()
    {
        // The shape of supportconfig's boot.txt (SLES 15): a command section with uname, the
        // dmesg output, a log file section, then a configuration file.
        const QByteArray text =
            "#==[ Command ]======================================#\n" // 1
            "# /bin/uname -a\n" // 2
            "Linux node7 5.14.21 #1 SMP x86_64 GNU/Linux\n" // 3
            "\n" // 4
            "#==[ Command ]======================================#\n" // 5
            "# /usr/bin/dmesg -T\n" // 6
            "[Tue Jan  2 03:04:05 2024] e1000e: link up\n" // 7
            "[Tue Jan  2 03:04:06 2024] Out of memory: Killed process 123 (foo)\n" // 8
            "#==[ Log File ]=====================================#\n" // 9
            "# /var/log/boot.msg - Last 2 Lines\n" // 10
            "<5>[    1.000000] systemd[1]: Started Journal Service.\n" // 11
            "#==[ Configuration File ]===========================#\n" // 12
            "# /etc/sysctl.conf\n" // 13
            "vm.overcommit_memory = 2\n" // 14
            "#==[ Log File ]=====================================#\n" // 15
            "# /var/log/zypp/history - Last 1 Lines\n" // 16
            "2024-01-02 03:00:00|install|foo\n"; // 17
        MemoryStream stream(text, 13);
        LineReader reader(stream);
        RecordingConsumer consumer;
        const SupportconfigStats stats = feedSupportconfigSections(reader, consumer);
        QCOMPARE(stats.sections, 5);
        QCOMPARE(stats.fed, (QStringList{u"/usr/bin/dmesg"_s, u"/var/log/boot.msg"_s}));
        QCOMPARE(consumer.lines.size(), 4);
        QCOMPARE(consumer.lines[0].number, 7);
        QCOMPARE(consumer.lines[1].number, 8);
        QVERIFY(consumer.lines[1].text.contains("Out of memory"));
        QCOMPARE(consumer.lines[2].text, QByteArray("<gap>"));
        QCOMPARE(consumer.lines[3].number, 11);
    }

    void sectionKinds_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("fed");
        QTest::newRow("dmesg") << QByteArray("Command") << QByteArray("# /usr/bin/dmesg") << true;
        QTest::newRow("journalctl")
            << QByteArray("Command") << QByteArray("# /usr/bin/journalctl --no-pager -k") << true;
        QTest::newRow("messages") << QByteArray("Log File")
                                  << QByteArray("# /var/log/messages - Last 5000 Lines") << true;
        QTest::newRow("warn") << QByteArray("Log File")
                              << QByteArray("# /var/log/warn - Last 500 Lines") << true;
        QTest::newRow("rotated-messages")
            << QByteArray("Log File") << QByteArray("# /var/log/messages-20240101.xz") << true;
        QTest::newRow("free") << QByteArray("Command") << QByteArray("# /usr/bin/free -k") << false;
        QTest::newRow("zypper-log")
            << QByteArray("Log File") << QByteArray("# /var/log/zypper.log") << false;
        QTest::newRow("config") << QByteArray("Configuration File") << QByteArray("# /etc/messages")
                                << false;
    }

    void sectionKinds()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, source);
        QFETCH(bool, fed);
        QString name;
        QCOMPARE(isSupportconfigLogSection(kind, source, &name), fed);
    }
};

QTEST_GUILESS_MAIN(tst_SupportconfigSections)
#include "tst_supportconfigsections.moc"
