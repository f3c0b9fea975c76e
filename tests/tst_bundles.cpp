// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// analyzePaths() on folders and archives: rotated logs oldest first, bundle layouts
// (sosreport, supportconfig, oomlens bundle) recognised both as a folder and as an archive,
// archives read as streams with unsafe members refused and nothing written anywhere.
#include "helpers/sourcefixtures.h"
#include "sources/driver/analysisdriver.h"
#include "sources/input/analyzer.h"
#include "sources/input/journalfiles.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

namespace {

QByteArray logWithKill(int pid)
{
    return fillerLines(5) + oomKillLine(pid) + '\n';
}

QList<qint64> victimPids(const AnalyzeResult &result)
{
    QList<qint64> pids;
    for (const OomEvent &event : result.events)
        pids.append(event.victims.value(0).pid.value_or(-1));
    return pids;
}

QStringList inputPaths(const AnalyzeResult &result, const QString &strip)
{
    QStringList paths;
    for (const InputSummary &input : result.inputs)
        paths.append(QString(input.displayPath).remove(strip));
    return paths;
}

QStringList errorTexts(const AnalyzeResult &result, const QString &strip)
{
    QStringList out;
    for (const InputError &e : result.errors)
        out.append(QString(e.displayPath).remove(strip) + u": "_s + e.message);
    return out;
}

// A tree of files under `root`, from relative path -> content.
using Tree = QList<std::pair<QString, QByteArray>>;
void writeTree(const QString &root, const Tree &tree)
{
    for (const auto &[relative, content] : tree)
        QVERIFY(writeFile(root + u'/' + relative, content));
}

// A minimal sosreport: the same places sos 4.x uses (sos_commands/<plugin>/<command>,
// copied files under their own path, journal under var/log/journal). Only what the
// analysis reads, plus decoys it must leave alone.
Tree sosreportTree()
{
    return {
        {u"sosreport-node7-2024-01-02-abcdef/version.txt"_s, "sosreport: 4.5.6\n"},
        {u"sosreport-node7-2024-01-02-abcdef/sos_commands/kernel/dmesg"_s, logWithKill(1)},
        {u"sosreport-node7-2024-01-02-abcdef/sos_commands/kernel/uname_-a"_s,
         "Linux node7 5.14.0\n"},
        {u"sosreport-node7-2024-01-02-abcdef/var/log/messages-20240101"_s, logWithKill(2)},
        {u"sosreport-node7-2024-01-02-abcdef/var/log/messages"_s, logWithKill(3)},
        // Decoys: a process listing and a config mentioning a kill are no logs.
        {u"sosreport-node7-2024-01-02-abcdef/sos_commands/process/ps_auxwww"_s,
         oomKillLine(99) + '\n'},
        {u"sosreport-node7-2024-01-02-abcdef/etc/sysctl.conf"_s, oomKillLine(98) + '\n'},
        {u"sosreport-node7-2024-01-02-abcdef/var/log/dnf.log"_s, oomKillLine(97) + '\n'},
    };
}

// A minimal supportconfig (SUSE): one folder scc_<host>_<date>_<time> of .txt files made of
// "#==[ kind ]===#" sections, each with a "# source" line.
Tree supportconfigTree()
{
    const QByteArray header = "#==[ Command ]======================================#\n";
    const QByteArray logHeader = "#==[ Log File ]=====================================#\n";
    return {
        {u"scc_node7_240102_0304/basic-environment.txt"_s,
         header + "# /bin/date\nTue Jan  2 03:04:05 UTC 2024\n"},
        {u"scc_node7_240102_0304/boot.txt"_s,
         header + "# /bin/uname -a\nLinux node7\n" + header + "# /usr/bin/dmesg\n"
             + logWithKill(11)},
        {u"scc_node7_240102_0304/messages.txt"_s,
         logHeader + "# /var/log/messages - Last 5000 Lines\n" + logWithKill(12)},
        {u"scc_node7_240102_0304/memory.txt"_s,
         header + "# /usr/bin/free -k\n" + oomKillLine(96) + '\n'},
    };
}

} // namespace

class tst_Bundles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rotatedLogsOldestFirst_data()
    {
        QTest::addColumn<QStringList>("names"); // oldest first; the pid is the position
        QTest::newRow("numbered") << QStringList{u"messages.4.gz"_s, u"messages.3"_s,
                                                 u"messages.2"_s, u"messages.1"_s, u"messages"_s};
        QTest::newRow("dateext") << QStringList{u"messages-20240101"_s, u"messages-20240201.gz"_s,
                                                u"messages"_s};
        QTest::newRow("kern.log") << QStringList{u"kern.log.1"_s, u"kern.log"_s};
    }

    void rotatedLogsOldestFirst()
    {
        QFETCH(QStringList, names);
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        const QString root =
            m_dir.filePath(u"rotated-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QList<qint64> expected;
        for (int i = 0; i < names.size(); ++i) {
            QByteArray content = logWithKill(i + 1);
            if (names[i].endsWith(u".gz"_s))
                content = runTool(u"gzip"_s, {u"-c"_s}, content);
            QVERIFY(writeFile(root + u'/' + names[i], content));
            expected.append(i + 1);
        }
        const AnalyzeResult result = analyzePaths({root});
        QCOMPARE(errorTexts(result, root), QStringList());
        QCOMPARE(inputPaths(result, root + u'/'), names);
        QCOMPARE(victimPids(result), expected);
    }

    // sos keeps the kernel log twice (dmesg and messages): one incident, with both places.
    void sameIncidentInDmesgAndMessages()
    {
        const QString root = m_dir.filePath(u"sosreport-twice"_s);
        const QByteArray kill = oomKillLine(77, "postgres", "5123.250000");
        writeTree(root,
                  {{u"version.txt"_s, "sosreport: 4.5.6\n"},
                   {u"sos_commands/kernel/dmesg"_s, fillerLines(3) + kill + '\n'},
                   {u"var/log/messages"_s, "Mar  3 07:59:39 node7 kernel: " + kill + '\n'}});
        AnalysisRequest request;
        request.paths = {root};
        const SessionPtr session = runAnalysis(request);
        QVERIFY(session->errors.isEmpty());
        QCOMPARE(session->inputs.size(), 2);
        QCOMPARE(session->incidents.size(), 1);
        const OomEvent &event = session->incidents.first()->event;
        QCOMPARE(event.victims.first().pid, std::optional<qint64>(77));
        QCOMPARE(event.alsoIn.size(), 1);
        QStringList places{event.sourcePath, event.alsoIn.first().sourcePath};
        places.sort();
        QCOMPARE(
            places,
            (QStringList{root + u"/sos_commands/kernel/dmesg"_s, root + u"/var/log/messages"_s}));
        QVERIFY(event.time); // from messages, whichever copy was kept
        QCOMPARE(event.time->time(), QTime(7, 59, 39));
        QCOMPARE(event.host, u"node7"_s);
    }

    void bundles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("packing"); // "dir", or a tar/zip flavour
        QTest::addColumn<QList<qint64>>("pids");
        for (const QString &packing :
             {u"dir"_s, u"tar.xz"_s, u"tar.gz"_s, u"tar.zst"_s, u"tar.bz2"_s, u"tar"_s, u"zip"_s}) {
            QTest::addRow("sosreport-%s", qPrintable(packing))
                << u"sosreport"_s << packing << QList<qint64>{1, 2, 3};
            QTest::addRow("supportconfig-%s", qPrintable(packing))
                << u"supportconfig"_s << packing << QList<qint64>{11, 12};
        }
    }

    void bundles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, packing);
        QFETCH(QList<qint64>, pids);
        const QString work = m_dir.filePath(kind + u'-' + packing);
        writeTree(work, kind == u"sosreport"_s ? sosreportTree() : supportconfigTree());
        const QString top = QDir(work).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QString input = work + u'/' + top;
        if (kind == u"sosreport"_s) {
            // sos puts links to its most used files at the top; they point inside the bundle,
            // are not followed, and are not worth a warning.
            QVERIFY(QFile::link(u"sos_commands/kernel/dmesg"_s, input + u"/dmesg"_s));
            QVERIFY(QFile::link(u"sos_commands/kernel/../kernel/uname_-a"_s, input + u"/uname"_s));
        }
        if (packing != u"dir"_s) {
            const QString tool = packing == u"zip"_s ? u"zip"_s : u"tar"_s;
            OOMLENS_REQUIRE_TOOL(tool);
            static const QHash<QString, QString> tarFlag = {{u"tar.xz"_s, u"-J"_s},
                                                            {u"tar.gz"_s, u"-z"_s},
                                                            {u"tar.zst"_s, u"--zstd"_s},
                                                            {u"tar.bz2"_s, u"-j"_s},
                                                            {u"tar"_s, QString()}};
            input = work + u"/bundle."_s + packing;
            if (tool == u"zip"_s) {
                runTool(u"zip"_s, {u"-q"_s, u"-r"_s, u"-y"_s, input, top}, {},
                        work); // -y: links as links
            } else {
                QStringList args{u"-c"_s, u"-f"_s, input};
                if (!tarFlag.value(packing).isEmpty())
                    args.prepend(tarFlag.value(packing));
                runTool(u"tar"_s, args + QStringList{top}, {}, work);
            }
            QVERIFY(QFile::exists(input));
        }
        const AnalyzeResult result = analyzePaths({input});
        QCOMPARE(errorTexts(result, work), QStringList());
        QCOMPARE(victimPids(result), pids);
        if (packing != u"dir"_s) {
            QVERIFY(result.events[0].sourcePath.startsWith(input + u"!/"_s + top + u'/'));
            QVERIFY(result.inputs[0].format.endsWith(u" member"_s)
                    || result.inputs[0].format.contains(u" member, "_s));
        }
        if (kind == u"supportconfig"_s) {
            // The original line numbers of the sections' lines.
            QCOMPARE(result.events[0].lines.first, 11);
            QCOMPARE(result.events[1].lines.first, 8);
        }
    }

    void oomlensBundle()
    {
        const QByteArray tar = writeArchive({
            MemberSpec::file("MANIFEST", "oomlens bundle 1\n"),
            MemberSpec::file("logs/kernel-ring-buffer.txt", logWithKill(21)),
            MemberSpec::file("proc/meminfo", oomKillLine(95) + '\n'),
        });
        const QString file = m_dir.filePath(u"collect.tar"_s);
        QVERIFY(writeFile(file, tar));
        const AnalyzeResult result = analyzePaths({file});
        QCOMPARE(errorTexts(result, file), QStringList());
        QCOMPARE(victimPids(result), QList<qint64>{21});
        QCOMPARE(result.events[0].sourcePath, file + u"!/logs/kernel-ring-buffer.txt"_s);
    }

    void nestedCompressedMembersInRotationOrder()
    {
        // tar order: the current file first, then its rotated predecessors; the analysis
        // reports the oldest first. The rotated ones are compressed inside the tar.
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        OOMLENS_REQUIRE_TOOL(u"xz"_s);
        const QByteArray tar = writeArchive({
            MemberSpec::file("var/log/messages", logWithKill(3)),
            MemberSpec::file("var/log/messages-20240201.xz",
                             runTool(u"xz"_s, {u"-c"_s}, logWithKill(2))),
            MemberSpec::file("var/log/messages-20240101.gz",
                             runTool(u"gzip"_s, {u"-c"_s}, logWithKill(1))),
        });
        const QString file = m_dir.filePath(u"logs.tar.gz"_s);
        QVERIFY(writeFile(file, runTool(u"gzip"_s, {u"-c"_s}, tar)));
        const AnalyzeResult result = analyzePaths({file});
        QCOMPARE(errorTexts(result, file), QStringList());
        QCOMPARE(victimPids(result), (QList<qint64>{1, 2, 3}));
        QCOMPARE(inputPaths(result, file),
                 (QStringList{u"!/var/log/messages-20240101.gz"_s,
                              u"!/var/log/messages-20240201.xz"_s, u"!/var/log/messages"_s}));
        QCOMPARE(result.inputs[0].format, u"tar/gzip member, gzip"_s);
    }

    void unsafeArchiveMembers()
    {
        const QString root = m_dir.filePath(u"evil"_s);
        QVERIFY(QDir().mkpath(root));
        const QByteArray tar = writeArchive({
            MemberSpec::file("../evil.log", logWithKill(90)),
            MemberSpec::file("/tmp/oomlens-absolute-evil.log", logWithKill(91)),
            MemberSpec::symlink("messages", "/etc/shadow"),
            MemberSpec::symlink("var/log/kern.log", "../../../etc/shadow"),
            MemberSpec::symlink("var/log/inside", "../log/../log/syslog"), // stays inside: silent
            MemberSpec::hardlinkTo("kern.log", "/etc/passwd"),
            MemberSpec::special("dmesg", AE_IFCHR),
            MemberSpec::file("syslog", logWithKill(5)),
        });
        const QString file = root + u"/evil.tar"_s;
        QVERIFY(writeFile(file, tar));
        const QStringList before =
            QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const AnalyzeResult result = analyzePaths({file});
        QCOMPARE(victimPids(result), QList<qint64>{5});
        QCOMPARE(
            errorTexts(result, file),
            (QStringList{u"!/../evil.log: member not read: path leaves the archive (\"..\")"_s,
                         u"!//tmp/oomlens-absolute-evil.log: member not read: absolute path"_s,
                         u"!/messages: member not read: symbolic link (not followed)"_s,
                         u"!/var/log/kern.log: member not read: symbolic link (not followed)"_s,
                         u"!/kern.log: member not read: hard link (not followed)"_s,
                         u"!/dmesg: member not read: device or special file"_s}));
        for (const InputError &e : result.errors)
            QCOMPARE(e.severity, InputError::Severity::Warning);
        // Nothing was written: not beside the archive, not at the absolute path.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"evil.tar"_s});
        QVERIFY(!QFile::exists(u"/tmp/oomlens-absolute-evil.log"_s));
    }

    void binaryJournalInFolderAndArchive()
    {
        if (!JournalFiles::available())
            QSKIP(
                "built without libsystemd; enable with: apt-get install libsystemd-dev, then "
                "reconfigure");
        OOMLENS_REQUIRE_TOOL(u"systemd-journal-remote"_s);
        const QString root = m_dir.filePath(u"journal-tree"_s);
        const QString folder = root + u"/var/log/journal/5f6e7d8c9bab4c3d2e1f0a9b8c7d6e5f"_s;
        QVERIFY(QDir().mkpath(folder));
        runTool(u"systemd-journal-remote"_s,
                {u"--output="_s + folder + u"/system.journal"_s,
                 QStringLiteral(OOMLENS_TEST_DATA_DIR "/journal/oom-kill.export")});
        const QByteArray journal = readFile(folder + u"/system.journal"_s);
        QVERIFY(journal.startsWith("LPKSHHRH"));

        // On disk: the folder of journal files is one input, read by path.
        const AnalyzeResult onDisk = analyzePaths({root});
        QCOMPARE(errorTexts(onDisk, root), QStringList());
        QCOMPARE(inputPaths(onDisk, root),
                 QStringList{u"/var/log/journal/5f6e7d8c9bab4c3d2e1f0a9b8c7d6e5f"_s});
        QCOMPARE(victimPids(onDisk), QList<qint64>{123});

        // In an archive: the member goes through a memfd, never the disk.
        const QString tar = m_dir.filePath(u"journal.tar"_s);
        QVERIFY(writeFile(
            tar, writeArchive({MemberSpec::file("var/log/journal/abc/system.journal", journal)})));
        const AnalyzeResult inArchive = analyzePaths({tar});
        QCOMPARE(errorTexts(inArchive, tar).join(u'\n'), QString());
        QCOMPARE(inArchive.inputs.value(0).format, u"tar member, journal"_s);
        QCOMPARE(victimPids(inArchive), QList<qint64>{123});
        QCOMPARE(inArchive.events[0].lines.first, 1);
    }

    void damagedArchivesNeverCrash()
    {
        // A tar.gz cut at many places: each gives an error or a warning naming the archive,
        // whatever of it was readable is read, nothing crashes or hangs.
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        const QByteArray tar =
            writeArchive({MemberSpec::file("var/log/messages", logWithKill(1) + fillerLines(3000)),
                          MemberSpec::file("var/log/kern.log", logWithKill(2))});
        const QByteArray tgz = runTool(u"gzip"_s, {u"-c"_s}, tar);
        for (int i = 1; i < 24; ++i) {
            const QString file = m_dir.filePath(u"cut-%1.tar.gz"_s.arg(i));
            QVERIFY(writeFile(file, tgz.first(tgz.size() * i / 24)));
            const AnalyzeResult result = analyzePaths({file});
            QVERIFY2(!result.errors.isEmpty(), qPrintable(file));
            for (const InputError &e : result.errors)
                QVERIFY(e.displayPath.startsWith(file));
        }
    }

    void symlinkLoopInFolder()
    {
        const QString root = m_dir.filePath(u"loop"_s);
        QVERIFY(writeFile(root + u"/a/messages"_s, logWithKill(7)));
        QVERIFY(QFile::link(root, root + u"/a/back-to-root"_s));
        QVERIFY(QFile::link(root + u"/a/messages"_s,
                            root + u"/messages"_s)); // not followed: no duplicate
        const AnalyzeResult result = analyzePaths({root});
        QCOMPARE(victimPids(result), QList<qint64>{7});
    }

    void folderWithoutLogs()
    {
        const QString root = m_dir.filePath(u"nologs"_s);
        QVERIFY(writeFile(root + u"/notes.md"_s, "hello\n"));
        QVERIFY(writeFile(root + u"/readme"_s, "Dear admin, nothing here.\n"));
        const AnalyzeResult result = analyzePaths({root});
        QCOMPARE(errorTexts(result, root), QStringList{u": no log files found in this folder"_s});
        QCOMPARE(result.errors[0].severity, InputError::Severity::Warning);
    }

    void probedFileWithoutLogName()
    {
        // A name that says nothing: read because the content is a log.
        const QString root = m_dir.filePath(u"probe"_s);
        QVERIFY(writeFile(root + u"/node3"_s, logWithKill(8)));
        const AnalyzeResult result = analyzePaths({root});
        QCOMPARE(victimPids(result), QList<qint64>{8});
    }

    void liveKernelLog()
    {
        // Whatever this machine allows: it must say which source it used, or why none.
        QString used;
        const AnalyzeResult result = analyzeLiveKernelLog(&used);
        QVERIFY2(!used.isEmpty() || !result.errors.isEmpty(), "neither a source nor a reason");
        if (!used.isEmpty())
            QVERIFY(!result.inputs.isEmpty());
        qInfo("live kernel log source: %s", qPrintable(used));
    }
};

QTEST_GUILESS_MAIN(tst_Bundles)
#include "tst_bundles.moc"
