// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Archives are read as streams, member by member; unsafe members (absolute paths, "..",
// links, devices) are refused with a reason and never read. The hostile archives are
// written with libarchive's writer, since no archiver makes them on purpose.
#include "helpers/sourcefixtures.h"
#include "sources/input/archivereader.h"
#include "sources/input/decompressstream.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

namespace {

struct Seen {
    QString path;
    ArchiveMember::Kind kind;
    QString reason;
    QByteArray data;
};

QList<Seen> readMembers(ByteStream &source, QString *error, const DecompressionLimits &limits = {})
{
    QList<Seen> seen;
    ArchiveReader reader(source, limits);
    if (!reader.open(error))
        return seen;
    ArchiveMember member;
    for (;;) {
        const ArchiveReader::Step step = reader.next(&member);
        if (step == ArchiveReader::Step::End)
            break;
        if (step == ArchiveReader::Step::Error) {
            *error = reader.errorString();
            break;
        }
        Seen s{member.kind == ArchiveMember::Kind::Refused ? member.rawPath : member.path,
               member.kind,
               member.reason,
               {}};
        if (member.kind == ArchiveMember::Kind::Regular) {
            QString readError;
            s.data = readAll(reader.memberStream(), &readError);
            if (!readError.isEmpty()) {
                *error = readError;
                seen.append(s);
                break;
            }
        }
        seen.append(s);
    }
    return seen;
}

} // namespace

class tst_ArchiveReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsafeMembersAreRefused()
    {
        const QByteArray log = oomKillLine() + '\n';
        const QByteArray tar = writeArchive({
            MemberSpec::file("./var/log/messages", log),
            MemberSpec::file("../evil", "x"),
            MemberSpec::file("var/../../evil2", "x"),
            MemberSpec::file("/etc/cron.d/evil", "x"),
            MemberSpec::symlink("var/log/link", "/etc/shadow"),
            MemberSpec::hardlinkTo("var/log/hard", "/etc/shadow"),
            MemberSpec::special("dev/null", AE_IFCHR),
            MemberSpec::special("fifo", AE_IFIFO),
            MemberSpec::special("var/", AE_IFDIR),
        });
        MemoryStream source(tar, 1000);
        QString error;
        const QList<Seen> seen = readMembers(source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen.size(), 9);

        QCOMPARE(seen[0].path, u"var/log/messages"_s); // "./" is dropped
        QCOMPARE(seen[0].kind, ArchiveMember::Kind::Regular);
        QCOMPARE(seen[0].data, log);

        const QList<std::pair<QString, QString>> refused = {
            {u"../evil"_s, u"path leaves the archive (\"..\")"_s},
            {u"var/../../evil2"_s, u"path leaves the archive (\"..\")"_s},
            {u"/etc/cron.d/evil"_s, u"absolute path"_s},
            {u"var/log/link"_s, u"symbolic link (not followed)"_s},
            {u"var/log/hard"_s, u"hard link (not followed)"_s},
            {u"dev/null"_s, u"device or special file"_s},
            {u"fifo"_s, u"device or special file"_s},
        };
        for (qsizetype i = 0; i < refused.size(); ++i) {
            QCOMPARE(seen[i + 1].path, refused[i].first);
            QCOMPARE(seen[i + 1].kind, ArchiveMember::Kind::Refused);
            QCOMPARE(seen[i + 1].reason, refused[i].second);
            QVERIFY(seen[i + 1].data.isEmpty());
        }
        QCOMPARE(seen[8].kind, ArchiveMember::Kind::Directory);
    }

    void zipFromTheZipTool()
    {
        OOMLENS_REQUIRE_TOOL(u"zip"_s);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"logs/messages"_s), oomKillLine() + '\n'));
        QVERIFY(writeFile(dir.filePath(u"logs/kern.log"_s), fillerLines(100)));
        runTool(u"zip"_s, {u"-q"_s, u"-r"_s, u"logs.zip"_s, u"logs"_s}, {}, dir.path());
        const QByteArray zip = readFile(dir.filePath(u"logs.zip"_s));
        QVERIFY(!zip.isEmpty());

        // Streamed (no seeking), as when the zip is itself a member of something.
        MemoryStream source(zip, 777);
        QString error;
        const QList<Seen> seen = readMembers(source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList regular;
        for (const Seen &s : seen) {
            if (s.kind == ArchiveMember::Kind::Regular)
                regular.append(s.path);
        }
        regular.sort();
        QCOMPARE(regular, (QStringList{u"logs/kern.log"_s, u"logs/messages"_s}));
    }

    void tarXzThroughTheDecompressor()
    {
        OOMLENS_REQUIRE_TOOL(u"xz"_s);
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        const QByteArray inner = runTool(u"gzip"_s, {u"-c"_s}, oomKillLine() + '\n');
        const QByteArray tar =
            writeArchive({MemberSpec::file("var/log/messages-20240101.gz", inner),
                          MemberSpec::file("var/log/messages", "x\n")});
        const QByteArray tarXz = runTool(u"xz"_s, {u"-c"_s}, tar);
        MemoryStream compressed(tarXz, 333);
        QString error;
        auto inflated = DecompressStream::open(compressed, ContentKind::Xz, {}, &error);
        QVERIFY(inflated);
        const QList<Seen> seen = readMembers(*inflated, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].data, inner); // the nested .gz comes out as it was stored
        QCOMPARE(sniffContent(seen[0].data), ContentKind::Gzip);
    }

    void zipBombMemberStopsAtTheLimit()
    {
        // One deflated member of 64 MiB zeros, read under a 16 MiB size limit.
        const QByteArray zip =
            writeArchive({MemberSpec::file("messages", QByteArray(64 * 1024 * 1024, '\0'))}, true);
        QVERIFY(zip.size() < 1024 * 1024);
        MemoryStream source(zip);
        QString error;
        DecompressionLimits limits;
        limits.maxOutputBytes = 16 * 1024 * 1024;
        limits.maxRatio = 1e9;
        readMembers(source, &error, limits);
        QCOMPARE(error, u"decompressed size exceeds the limit of 16 MiB"_s);

        MemoryStream again(zip);
        error.clear();
        limits.maxOutputBytes = qint64(1) << 40;
        limits.maxRatio = 100;
        readMembers(again, &error, limits);
        QCOMPARE(error, u"compression ratio exceeds 100:1"_s);
    }

    void notAnArchive()
    {
        MemoryStream source(QByteArray("just text\n"));
        QString error;
        readMembers(source, &error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveReader)
#include "tst_archivereader.moc"
