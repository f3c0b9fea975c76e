// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Inputs are recognised by content: magic numbers, journal dumps, supportconfig sections,
// and the text/binary line (a log with a few NULs or a zeroed block is still text).
#include "sources/input/contentsniffer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

Q_DECLARE_METATYPE(oom::ContentKind)

namespace {

QByteArray kernelText(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "[  " + QByteArray::number(i)
            + ".000000] usb 1-1: new high-speed USB device number " + QByteArray::number(i) + "\n";
    return text;
}

QByteArray tarHeader()
{
    QByteArray block(512, '\0');
    block.replace(0, 8, "messages");
    block.replace(257, 6, QByteArray("ustar\0", 6));
    return block;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &b : bytes)
        b = char(generator.bounded(256));
    return bytes;
}

} // namespace

class tst_ContentSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<ContentKind>("kind");

        QTest::newRow("empty") << QByteArray() << ContentKind::Empty;
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) << ContentKind::Gzip;
        QTest::newRow("xz") << QByteArray(
            "\xfd"
            "7zXZ\x00",
            6) << ContentKind::Xz;
        QTest::newRow("zstd") << QByteArray("\x28\xb5\x2f\xfd\x00", 5) << ContentKind::Zstd;
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") << ContentKind::Bzip2;
        QTest::newRow("lz4") << QByteArray("\x04\x22\x4d\x18\x64", 5) << ContentKind::Lz4;
        QTest::newRow("tar") << tarHeader() << ContentKind::Tar;
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << ContentKind::Zip;
        QTest::newRow("7z") << QByteArray("7z\xbc\xaf\x27\x1c\x00\x04", 8) << ContentKind::SevenZip;
        QTest::newRow("journal-file")
            << QByteArray("LPKSHHRH\x00\x00\x00\x00", 12) << ContentKind::JournalFile;
        QTest::newRow("journal-export")
            << QByteArray("__CURSOR=s=abc;i=1\n__REALTIME_TIMESTAMP=1704164645123456\nMESSAGE=x\n")
            << ContentKind::JournalExport;
        QTest::newRow("journal-json")
            << QByteArray("{\"__CURSOR\" : \"s=abc\", \"MESSAGE\" : \"x\"}\n")
            << ContentKind::JournalJson;
        QTest::newRow("journal-json-pretty")
            << QByteArray("{\n\t\"__CURSOR\" : \"s=abc\",\n\t\"MESSAGE\" : \"x\"\n}\n")
            << ContentKind::JournalJson;
        QTest::newRow("supportconfig") << QByteArray(
            "#==[ Command ]======================================#\n# /usr/bin/dmesg\n")
                                       << ContentKind::SupportconfigSections;
        QTest::newRow("kernel-text") << kernelText(50) << ContentKind::Text;
        QTest::newRow("text-with-stray-nuls")
            << kernelText(50) + QByteArray(3, '\0') + kernelText(5) << ContentKind::Text;
        // logrotate/copytruncate or a crash leaves a block of zeros where the file was cut.
        QTest::newRow("text-with-zeroed-block")
            << kernelText(50) + QByteArray(4096, '\0') + kernelText(50) << ContentKind::Text;
        QTest::newRow("random-bytes") << randomBytes(65536) << ContentKind::Binary;
        QTest::newRow("only-zeros") << QByteArray(8192, '\0') << ContentKind::Binary;
        QTest::newRow("elf-like") << QByteArray(
                                         "\x7f"
                                         "ELF\x02\x01\x01\x00",
                                         8)
                + randomBytes(4096)
                                  << ContentKind::Binary;
        QTest::newRow("utf8-text")
            << QByteArray("2024-01-02T03:04:05+09:00 host kernel: メモリ不足\n")
            << ContentKind::Text;
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(ContentKind, kind);
        QCOMPARE(sniffContent(head), kind);
    }

    void looksLikeLog_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("expected");
        QTest::newRow("dmesg") << kernelText(10) << true;
        QTest::newRow("syslog") << QByteArray(
            "Jan  2 03:04:05 host kernel: x\nJan  2 03:04:06 host kernel: y\n")
                                << true;
        QTest::newRow("rfc3339") << QByteArray("2024-01-02T03:04:05.123+00:00 host kernel: x\n")
                                 << true;
        QTest::newRow("kmsg") << QByteArray("6,1234,5678901,-;usb 1-1: x\n") << true;
        QTest::newRow("anchor-anywhere")
            << QByteArray("see below\nOut of memory: Killed process 1 (a)\n") << true;
        QTest::newRow("prose") << QByteArray("Dear admin,\nthe server is slow.\nRegards\n")
                               << false;
        QTest::newRow("config") << QByteArray("key = value\nother = 1\n") << false;
    }

    void looksLikeLog()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, expected);
        QCOMPARE(looksLikeLogText(head), expected);
    }
};

QTEST_GUILESS_MAIN(tst_ContentSniffer)
#include "tst_contentsniffer.moc"
