// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// analyzePaths() end to end on single inputs: plain and compressed files, journal dumps and
// files, legacy encodings, and every kind of bad input (src/sources/INPUTS.md): each gives a
// precise message naming the input, the other inputs are still analysed, nothing hangs. Fixtures
// are made at test time in a QTemporaryDir with the real tools.
#include "helpers/sourcefixtures.h"
#include "sources/input/analyzer.h"
#include "sources/input/journalfiles.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

namespace {

QByteArray logWithKill(int pid = 123)
{
    return fillerLines(20) + oomKillLine(pid) + '\n' + fillerLines(20, 3);
}

QStringList messages(const AnalyzeResult &result)
{
    QStringList out;
    for (const InputError &e : result.errors)
        out.append(e.displayPath + u": "_s + e.message);
    return out;
}

} // namespace

class tst_Analyzer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void compressedFiles_data()
    {
        QTest::addColumn<QString>("tool"); // empty: plain text
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << QString() << u"text"_s;
        QTest::newRow("gzip") << u"gzip"_s << u"gzip"_s;
        QTest::newRow("xz") << u"xz"_s << u"xz"_s;
        QTest::newRow("zstd") << u"zstd"_s << u"zstd"_s;
        QTest::newRow("bzip2") << u"bzip2"_s << u"bzip2"_s;
        QTest::newRow("lz4") << u"lz4"_s << u"lz4"_s;
    }

    void compressedFiles()
    {
        QFETCH(QString, tool);
        QFETCH(QString, format);
        QByteArray data = logWithKill();
        if (!tool.isEmpty()) {
            OOMLENS_REQUIRE_TOOL(tool);
            data = runTool(tool, {u"-c"_s}, data);
        }
        // Named without a suffix: the content decides, never the name.
        const QString file = path(u"single-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(writeFile(file, data));
        const AnalyzeResult result = analyzePaths({file});
        QVERIFY2(result.errors.isEmpty(), qPrintable(messages(result).join(u'\n')));
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events[0].sourcePath, file);
        QCOMPARE(result.events[0].lines.first, 21);
        QCOMPARE(result.inputs.size(), 1);
        QCOMPARE(result.inputs[0].format, format);
        QCOMPARE(result.inputs[0].lines, 41);
        QCOMPARE(result.inputs[0].events, 1);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");

        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(7); // fixed seed: the same bytes every run
        for (char &byte : garbage)
            byte = char(random.bounded(256));
        QTest::newRow("binary-garbage")
            << u"garbage.bin"_s << garbage << u"not a text log (binary data)"_s << true;
        QTest::newRow("empty") << u"empty.log"_s << QByteArray() << u"file is empty"_s << false;
        QTest::newRow("7z")
            << u"logs.7z"_s << QByteArray("7z\xbc\xaf\x27\x1c\x00\x04", 8)
            << u"7-Zip archives are not supported; unpack it or repack it as .tar.xz"_s << true;
    }

    void badInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const QString bad = path(u"bad/"_s + name);
        const QString good = path(u"bad/good.log"_s);
        QVERIFY(writeFile(bad, content));
        QVERIFY(writeFile(good, logWithKill()));
        const AnalyzeResult result = analyzePaths({bad, good});
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].displayPath, bad);
        QCOMPARE(result.errors[0].message, message);
        QCOMPARE(result.errors[0].severity,
                 isError ? InputError::Severity::Error : InputError::Severity::Warning);
        QCOMPARE(result.events.size(), 1); // the other input is still analysed
        QCOMPARE(result.events[0].sourcePath, good);
    }

    void missingFile()
    {
        const AnalyzeResult result = analyzePaths({path(u"does-not-exist"_s)});
        QCOMPARE(messages(result),
                 QStringList{path(u"does-not-exist"_s) + u": no such file or directory"_s});
    }

    void unreadableFile()
    {
        // In a world-readable folder of its own, so that only the file's mode stops a reader.
        QTemporaryDir folder(QDir::tempPath() + u"/oomlens-eacces-XXXXXX"_s);
        QVERIFY(folder.isValid());
        QVERIFY(QFile::setPermissions(folder.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther));
        const QString file = folder.filePath(u"secret.log"_s);
        QVERIFY(writeFile(file, logWithKill()));
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0) == 0);
        const QString expected = file + u": permission denied"_s;
        if (::geteuid() != 0) {
            const AnalyzeResult result = analyzePaths({file});
            QCOMPARE(messages(result), QStringList{expected});
            QCOMPARE(result.errors[0].severity, InputError::Severity::Error);
            return;
        }
        // Root reads a chmod 000 file anyway: a child process drops to nobody and reports.
        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(pipeFds[0]);
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(3);
            const AnalyzeResult result = analyzePaths({file});
            QByteArray report = messages(result).join(u'\n').toUtf8();
            if (!result.errors.isEmpty()
                && result.errors[0].severity == InputError::Severity::Error)
                report += "|error";
            const bool written =
                ::write(pipeFds[1], report.constData(), size_t(report.size())) == report.size();
            ::_exit(written ? 0 : 4);
        }
        ::close(pipeFds[1]);
        QByteArray report;
        char buffer[4096];
        for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
            report.append(buffer, n);
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
            QSKIP(
                "running as root and cannot drop to uid 65534 (nobody) here; run the suite as a "
                "normal user");
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QCOMPARE(QString::fromUtf8(report), expected + u"|error"_s);
    }

    void cancelledBeforeStart()
    {
        const QString file = path(u"cancel.log"_s);
        QVERIFY(writeFile(file, logWithKill()));
        std::atomic_bool cancel{true};
        AnalyzeOptions options;
        options.cancel = &cancel;
        const AnalyzeResult result = analyzePaths({file}, options);
        QCOMPARE(messages(result), QStringList{file + u": cancelled"_s});
        QVERIFY(result.events.isEmpty());
    }

    void fifoDoesNotHang()
    {
        const QString fifo = path(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const AnalyzeResult result = analyzePaths({fifo});
        QCOMPARE(messages(result), QStringList{fifo + u": not a regular file (a FIFO)"_s});
    }

    void pseudoFilesNeverBlock()
    {
        // /proc/kmsg waits for new messages and takes them from the system logger: refused by
        // name. Folders on /proc are not searched at all.
        AnalyzeResult result = analyzePaths({u"/proc/kmsg"_s});
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors[0].message.contains(u"/dev/kmsg"_s));
        result = analyzePaths({u"/proc/self"_s});
        QCOMPARE(messages(result), QStringList{u"/proc/self: no log files found in this folder"_s});
    }

    void textWithNulsIsRead()
    {
        // A crash or copytruncate leaves NULs in a syslog file; the log around them counts.
        const QString file = path(u"nuls.log"_s);
        QVERIFY(writeFile(file,
                          fillerLines(30) + QByteArray(4096, '\0') + QByteArray("\0\0", 2) + '\n'
                              + oomKillLine() + '\n'));
        const AnalyzeResult result = analyzePaths({file});
        QVERIFY2(result.errors.isEmpty(), qPrintable(messages(result).join(u'\n')));
        QCOMPARE(result.events.size(), 1);
    }

    void tenMegabyteLine()
    {
        const QString file = path(u"longline.log"_s);
        QVERIFY(writeFile(file, QByteArray(10 * 1024 * 1024, 'x') + '\n' + oomKillLine() + '\n'));
        const AnalyzeResult result = analyzePaths({file});
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events[0].lines.first, 2);
    }

    void truncatedGzipKeepsEarlierEvents()
    {
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        QByteArray text = oomKillLine(77) + '\n';
        for (int i = 0; text.size() < 2 * 1024 * 1024; ++i)
            text += QByteArray::number(quint64(i) * 2654435761u % 1000000007u).toHex() + " noise\n";
        QByteArray gz = runTool(u"gzip"_s, {u"-c"_s}, text);
        gz.truncate(gz.size() / 2);
        const QString file = path(u"messages.1.gz"_s);
        QVERIFY(writeFile(file, gz));
        const AnalyzeResult result = analyzePaths({file});
        QCOMPARE(messages(result), QStringList{file + u": compressed data is truncated"_s});
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events[0].victims.value(0).pid, 77);
    }

    // Syslog lines print no year; it comes from the newest moment the input can speak of:
    // the file's modification time (the compressed file's for a .gz), an archive member's
    // own. A log last written in 2024 and read today stays in 2024.
    void yearFromModificationTime_data()
    {
        QTest::addColumn<QString>("packing");
        QTest::addColumn<int>("expectedYear");
        QTest::newRow("plain file written 2024-06-01") << u"plain"_s << 2024;
        QTest::newRow("gzip file written 2024-06-01") << u"gzip"_s << 2024;
        // writeArchive() stamps members 2024-01-02: May 30 can only be the year before,
        // whatever the archive file's own time (now).
        QTest::newRow("tar member stamped 2024-01-02") << u"tar"_s << 2023;
    }

    void yearFromModificationTime()
    {
        QFETCH(QString, packing);
        QFETCH(int, expectedYear);
        QByteArray data =
            "May 30 10:00:00 host kernel: Out of memory: Killed process 123 (foo) "
            "total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB\n";
        if (packing == u"gzip"_s) {
            OOMLENS_REQUIRE_TOOL(u"gzip"_s);
            data = runTool(u"gzip"_s, {u"-c"_s}, data);
        } else if (packing == u"tar"_s) {
            data = writeArchive({MemberSpec::file("var/log/messages", data)});
        }
        const QString file = path(u"year-"_s + packing);
        QVERIFY(writeFile(file, data));
        if (packing != u"tar"_s) {
            QFile stamped(file);
            QVERIFY(stamped.open(QIODevice::ReadWrite));
            QVERIFY(stamped.setFileTime(QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc()),
                                        QFileDevice::FileModificationTime));
        }
        const AnalyzeResult result = analyzePaths({file});
        QVERIFY2(result.errors.isEmpty(), qPrintable(messages(result).join(u'\n')));
        QCOMPARE(result.events.size(), 1);
        QVERIFY(result.events[0].time);
        QCOMPARE(result.events[0].time->date(), QDate(expectedYear, 5, 30));
        QVERIFY(result.events[0].timeYearAssumed);
    }

    void decompressionBomb_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<double>("maxRatio");
        QTest::addColumn<QString>("message");
        // 2 GiB through zstd -1: one repeated log line (about 200 KiB on disk, 11000:1), or
        // zeros (about 64 KiB), which are refused as binary after the first 64 KiB.
        const QString text = u"yes '[    1.000000] x'"_s;
        QTest::newRow("size") << text << qint64(64) * 1024 * 1024 << 1e9
                              << u"decompressed size exceeds the limit of 64 MiB"_s;
        QTest::newRow("ratio-default")
            << text << AnalyzeOptions().maxDecompressedBytes << AnalyzeOptions().maxCompressionRatio
            << u"compression ratio exceeds 1000:1"_s;
        QTest::newRow("zeros") << u"cat /dev/zero"_s << AnalyzeOptions().maxDecompressedBytes
                               << AnalyzeOptions().maxCompressionRatio
                               << u"not a text log (binary data)"_s;
    }

    void decompressionBomb()
    {
        QFETCH(QString, generator);
        QFETCH(qint64, maxBytes);
        QFETCH(double, maxRatio);
        QFETCH(QString, message);
        OOMLENS_REQUIRE_TOOL(u"zstd"_s);
        const QString bomb = path(u"bomb-"_s + QString::number(qHash(generator)) + u".zst"_s);
        if (!QFile::exists(bomb)) {
            QProcess shell;
            shell.start(
                u"sh"_s,
                {u"-c"_s, generator + u" | head -c 2147483648 | zstd -1 -q -c > \"$0\""_s, bomb});
            QVERIFY(shell.waitForFinished(120000));
            QCOMPARE(shell.exitCode(), 0);
        }
        AnalyzeOptions options;
        options.maxDecompressedBytes = maxBytes;
        options.maxCompressionRatio = maxRatio;
        const AnalyzeResult result = analyzePaths({bomb}, options);
        QCOMPARE(messages(result), QStringList{bomb + u": "_s + message});
        QCOMPARE(result.errors[0].severity, InputError::Severity::Error);
    }

    void legacyEncodings_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("detected");
        const QByteArray japanese =
            "Jan  2 03:04:06 server1 systemd[1]: メモリ不足のためプロセスが終了しました。\n"
            "Jan  2 03:04:07 server1 backup[22]: バックアップを開始します。\n";
        const QByteArray chinese =
            "Jan  2 03:04:06 server1 systemd[1]: 进程因内存不足被系统终止。\n"
            "Jan  2 03:04:07 server1 backup[22]: 开始备份数据库，请检查磁盘。\n";
        QTest::newRow("shift_jis") << u"SHIFT_JIS"_s << japanese << u"Shift_JIS"_s;
        QTest::newRow("euc-jp") << u"EUC-JP"_s << japanese << u"EUC-JP"_s;
        QTest::newRow("gb18030") << u"GB18030"_s << chinese << u"GB18030"_s;
    }

    void legacyEncodings()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, text);
        QFETCH(QString, detected);
        OOMLENS_REQUIRE_TOOL(u"iconv"_s);
        const QByteArray utf8 =
            text + "Jan  2 03:04:05 server1 kernel: " + oomKillLine() + '\n' + text;
        const QString file = path(u"encoded-"_s + encoding + u".log"_s);
        QVERIFY(
            writeFile(file, runTool(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, encoding}, utf8)));
        const AnalyzeResult result = analyzePaths({file});
        QVERIFY2(result.errors.isEmpty(), qPrintable(messages(result).join(u'\n')));
        QCOMPARE(result.inputs.value(0).encoding, detected);
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events[0].lines.first, 3);
    }

    void journalDumps_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("line");
        QTest::newRow("export") << u"oom-kill.export"_s << u"journal-export"_s << qint64(13);
        QTest::newRow("json") << u"oom-kill.json"_s << u"journal-json"_s << qint64(1);
    }

    void journalDumps()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, format);
        QFETCH(qint64, line);
        const QString file = QStringLiteral(OOMLENS_TEST_DATA_DIR "/journal/") + fixture;
        const AnalyzeResult result = analyzePaths({file});
        QCOMPARE(result.inputs.size(), 1);
        QCOMPARE(result.inputs[0].format, format);
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events[0].lines.first, line);
        QCOMPARE(result.events[0].victims.value(0).pid, 123);
        QCOMPARE(result.events[0].host, u"node7"_s);
    }

    void binaryJournal()
    {
        if (!JournalFiles::available())
            QSKIP(
                "built without libsystemd; enable with: apt-get install libsystemd-dev, then "
                "reconfigure");
        OOMLENS_REQUIRE_TOOL(u"systemd-journal-remote"_s);
        // systemd-journal-remote turns an export dump into a binary journal file.
        const QString journal = path(u"remote.journal"_s);
        runTool(u"systemd-journal-remote"_s,
                {u"--output="_s + journal,
                 QStringLiteral(OOMLENS_TEST_DATA_DIR "/journal/oom-kill.export")});
        QVERIFY(QFile::exists(journal));
        const AnalyzeResult result = analyzePaths({journal});
        QVERIFY2(result.errors.isEmpty(), qPrintable(messages(result).join(u'\n')));
        QCOMPARE(result.inputs.value(0).format, u"journal"_s);
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events[0].lines.first, 1); // the entry's ordinal
    }
};

QTEST_GUILESS_MAIN(tst_Analyzer)
#include "tst_analyzer.moc"
