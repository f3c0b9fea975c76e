// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Logs from Japanese and Chinese systems arrive in Shift_JIS, EUC-JP or GB18030. The
// fixtures are made at test time with iconv from the UTF-8 text below, so each test checks
// detection and the streaming conversion back against the original.
#include "helpers/sourcefixtures.h"
#include "sources/input/textencoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

Q_DECLARE_METATYPE(oom::TextEncoding)

namespace {

// A syslog excerpt as a Japanese RHEL box writes it: localized daemon messages around
// ASCII kernel lines.
QByteArray japaneseLog()
{
    return QByteArray(
        "Jan  2 03:04:05 server1 kernel: [ 1234.567890] Out of memory: Killed process 123 (java) "
        "total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB\n"
        "Jan  2 03:04:06 server1 systemd[1]: java.service: "
        "メモリ不足のためプロセスが強制終了されました。\n"
        "Jan  2 03:04:07 server1 backup[2201]: "
        "バックアップを開始します。ディスク使用量を確認してください。\n"
        "Jan  2 03:04:08 server1 sshd[991]: ユーザーのログインに成功しました（鈴木）\n");
}

// The same from a Chinese system (simplified).
QByteArray chineseLog()
{
    return QByteArray(
        "Jan  2 03:04:05 server1 kernel: [ 1234.567890] Out of memory: Killed process 123 (java) "
        "total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB\n"
        "Jan  2 03:04:06 server1 systemd[1]: java.service: 进程因内存不足被系统终止，服务已停止。\n"
        "Jan  2 03:04:07 server1 backup[2201]: 开始备份数据库，请检查磁盘使用情况。\n"
        "Jan  2 03:04:08 server1 sshd[991]: 用户登录成功（张伟），来自管理网络。\n");
}

} // namespace

class tst_TextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectAndTranscode_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QString>("iconvName");
        QTest::addColumn<TextEncoding>("expected");
        QTest::newRow("ascii") << QByteArray("[ 1.000000] plain ascii\n") << QString()
                               << TextEncoding::Utf8;
        QTest::newRow("utf8-japanese") << japaneseLog() << QString() << TextEncoding::Utf8;
        QTest::newRow("shift_jis") << japaneseLog() << u"SHIFT_JIS"_s << TextEncoding::ShiftJis;
        QTest::newRow("cp932") << japaneseLog() << u"CP932"_s << TextEncoding::ShiftJis;
        QTest::newRow("euc-jp") << japaneseLog() << u"EUC-JP"_s << TextEncoding::EucJp;
        QTest::newRow("gb18030") << chineseLog() << u"GB18030"_s << TextEncoding::Gb18030;
        QTest::newRow("gb2312") << chineseLog() << u"GB2312"_s << TextEncoding::Gb18030;
    }

    void detectAndTranscode()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QString, iconvName);
        QFETCH(TextEncoding, expected);
        QByteArray encoded = utf8;
        if (!iconvName.isEmpty()) {
            OOMLENS_REQUIRE_TOOL(u"iconv"_s);
            encoded = runTool(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, iconvName}, utf8);
            QVERIFY(!encoded.isEmpty());
            QVERIFY(encoded != utf8);
        }
        QCOMPARE(detectEncoding(encoded), expected);
        if (expected == TextEncoding::Utf8)
            return;

        // One byte per read: every multibyte character is split across reads somewhere.
        MemoryStream source(encoded, 1);
        QString error;
        auto transcoder = TranscodingStream::create(source, expected, &error);
        QVERIFY2(transcoder, qPrintable(error));
        QCOMPARE(readAll(*transcoder, nullptr, 7), utf8);
        QCOMPARE(transcoder->replacedBytes(), 0);
    }

    void invalidBytesBecomeReplacementCharacters()
    {
        // A Shift_JIS line cut inside a character, then an impossible byte.
        const QByteArray broken("abc\x82\nxyz\xff\x82\xa0\n");
        MemoryStream source(broken, 3);
        QString error;
        auto transcoder = TranscodingStream::create(source, TextEncoding::ShiftJis, &error);
        QVERIFY(transcoder);
        const QByteArray out = readAll(*transcoder);
        QCOMPARE(out.count('\n'), 2); // line breaks stay where they were
        QVERIFY(out.startsWith("abc"));
        QVERIFY(out.contains("xyz"));
        QVERIFY(out.contains("\xe3\x81\x82")); // あ survived
        QVERIFY(transcoder->replacedBytes() >= 1);
    }

    void longLineStreamsInBoundedChunks()
    {
        // A 10 MB line: the transcoder hands it out piecewise, never all at once.
        OOMLENS_REQUIRE_TOOL(u"iconv"_s);
        const QByteArray unit = runTool(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, u"EUC-JP"_s},
                                        QByteArray("メモリ不足"));
        QByteArray line;
        while (line.size() < 10 * 1024 * 1024)
            line += unit;
        line += '\n';
        MemoryStream source(line);
        QString error;
        auto transcoder = TranscodingStream::create(source, TextEncoding::EucJp, &error);
        QVERIFY(transcoder);
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        qint64 largest = 0;
        for (qint64 n; (n = transcoder->read(buffer.data(), buffer.size())) > 0;) {
            total += n;
            largest = qMax(largest, n);
        }
        QCOMPARE(total, line.size() / 2 * 3 + 1); // 2-byte EUC-JP -> 3-byte UTF-8
        QVERIFY(largest <= buffer.size());
    }
};

QTEST_GUILESS_MAIN(tst_TextEncoding)
#include "tst_textencoding.moc"
