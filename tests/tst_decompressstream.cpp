// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Single compressed logs, made at test time with the real compressors: every format
// decodes, a cut .gz says so and keeps what came before the cut, and bombs stop at the
// limit they break, with a message naming it.
#include "helpers/sourcefixtures.h"
#include "sources/input/decompressstream.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

namespace {

QByteArray sampleLog()
{
    return fillerLines(2000) + oomKillLine() + '\n' + fillerLines(2000, 7);
}

} // namespace

Q_DECLARE_METATYPE(oom::ContentKind)

class tst_DecompressStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("gzip") << u"gzip"_s << QStringList{u"-c"_s};
        QTest::newRow("xz") << u"xz"_s << QStringList{u"-c"_s};
        QTest::newRow("zstd") << u"zstd"_s << QStringList{u"-c"_s, u"-q"_s};
        QTest::newRow("bzip2") << u"bzip2"_s << QStringList{u"-c"_s};
        QTest::newRow("lz4") << u"lz4"_s << QStringList{u"-c"_s, u"-q"_s};
    }

    void formats()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, args);
        OOMLENS_REQUIRE_TOOL(tool);
        const QByteArray original = sampleLog();
        const QByteArray compressed = runTool(tool, args, original);
        QVERIFY(!compressed.isEmpty());
        const ContentKind kind = sniffContent(compressed);
        QVERIFY(isCompression(kind));

        MemoryStream source(compressed, 4096);
        QString error;
        auto stream = DecompressStream::open(source, kind, {}, &error);
        QVERIFY2(stream, qPrintable(error));
        QString readError;
        QCOMPARE(readAll(*stream, &readError), original);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(stream->decompressedBytes(), original.size());
        QCOMPARE(stream->compressedBytes(), compressed.size());
    }

    void concatenatedGzipMembers()
    {
        // `cat a.gz b.gz > c.gz` is a valid gzip file; gzip -d prints both.
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        const QByteArray a = fillerLines(10);
        const QByteArray b = oomKillLine() + '\n';
        const QByteArray both = runTool(u"gzip"_s, {u"-c"_s}, a) + runTool(u"gzip"_s, {u"-c"_s}, b);
        MemoryStream source(both, 5);
        QString error;
        auto stream = DecompressStream::open(source, ContentKind::Gzip, {}, &error);
        QVERIFY(stream);
        QCOMPARE(readAll(*stream, &error), a + b);
        QVERIFY(error.isEmpty());
    }

    void concatenatedZstdFrames()
    {
        // `cat a.zst b.zst` is one zstd stream of two frames; zstd -d prints both.
        OOMLENS_REQUIRE_TOOL(u"zstd"_s);
        const QByteArray a = fillerLines(10);
        const QByteArray b = oomKillLine() + '\n';
        const QByteArray both =
            runTool(u"zstd"_s, {u"-c"_s, u"-q"_s}, a) + runTool(u"zstd"_s, {u"-c"_s, u"-q"_s}, b);
        MemoryStream source(both, 7);
        QString error;
        auto stream = DecompressStream::open(source, ContentKind::Zstd, {}, &error);
        QVERIFY(stream);
        QCOMPARE(readAll(*stream, &error), a + b);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stream->compressedBytes(), both.size());
    }

    void truncated_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::newRow("gzip") << u"gzip"_s;
        QTest::newRow("xz") << u"xz"_s;
        QTest::newRow("zstd") << u"zstd"_s;
        QTest::newRow("bzip2") << u"bzip2"_s;
    }

    void truncated()
    {
        QFETCH(QString, tool);
        OOMLENS_REQUIRE_TOOL(tool);
        // Enough incompressible-ish text that the cut lands well after the kill line.
        QByteArray original = oomKillLine() + '\n';
        for (int i = 0; original.size() < 1024 * 1024; ++i)
            original += QByteArray::number(quint64(i) * 2654435761u % 1000000007u).toHex()
                + " kernel noise\n";
        QByteArray compressed = runTool(tool, {u"-c"_s, u"-1"_s}, original);
        compressed.truncate(compressed.size() * 3 / 4);

        MemoryStream source(compressed, 65536);
        QString error;
        auto stream = DecompressStream::open(source, sniffContent(compressed), {}, &error);
        QVERIFY2(stream, qPrintable(error));
        QString readError;
        const QByteArray got = readAll(*stream, &readError);
        QCOMPARE(readError, u"compressed data is truncated"_s);
        QVERIFY(got.size() > 0);
        QVERIFY(original.startsWith(got)); // everything before the cut, nothing invented
        QVERIFY(got.contains("Killed process 123"));
    }

    void smallTruncatedGzipKeepsItsStart()
    {
        // zlib hands out what it decoded before the cut, even for a tiny file.
        OOMLENS_REQUIRE_TOOL(u"gzip"_s);
        const QByteArray original = oomKillLine() + '\n' + fillerLines(40);
        QByteArray compressed = runTool(u"gzip"_s, {u"-c"_s}, original);
        compressed.chop(12); // the trailer and a little data
        MemoryStream source(compressed);
        QString error;
        auto stream = DecompressStream::open(source, ContentKind::Gzip, {}, &error);
        QVERIFY(stream);
        const QByteArray got = readAll(*stream, &error);
        QCOMPARE(error, u"compressed data is truncated"_s);
        QVERIFY(got.contains("Killed process 123"));
    }

    void corrupt_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<ContentKind>("kind");
        QTest::newRow("gzip (zlib)") << u"gzip"_s << ContentKind::Gzip;
        QTest::newRow("zstd (libzstd)") << u"zstd"_s << ContentKind::Zstd;
    }

    void corrupt()
    {
        QFETCH(QString, tool);
        QFETCH(ContentKind, kind);
        OOMLENS_REQUIRE_TOOL(tool);
        QByteArray compressed = runTool(tool, {u"-c"_s, u"-q"_s}, sampleLog());
        for (qsizetype i = 40; i < 80; ++i)
            compressed[i] = char(0xff);
        MemoryStream source(compressed);
        QString error;
        auto stream = DecompressStream::open(source, kind, {}, &error);
        QVERIFY(stream);
        readAll(*stream, &error);
        QVERIFY2(error.startsWith(u"compressed data is corrupt"_s), qPrintable(error));
    }

    void bomb_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<qint64>("maxOutput");
        QTest::addColumn<double>("maxRatio");
        QTest::addColumn<QString>("message");
        // 64 MiB of zeros: gzip gets ~1030:1, xz and zstd far more. Small test limits stand
        // in for the defaults (64 GiB, 1000:1); the ratio is checked after 16 MiB of output.
        QTest::newRow("gzip-size") << u"gzip"_s << qint64(32) * 1024 * 1024 << 1e9
                                   << u"decompressed size exceeds the limit of 32 MiB"_s;
        QTest::newRow("xz-ratio") << u"xz"_s << qint64(64) * 1024 * 1024 * 1024 << 1000.0
                                  << u"compression ratio exceeds 1000:1"_s;
        QTest::newRow("zstd-ratio") << u"zstd"_s << qint64(64) * 1024 * 1024 * 1024 << 1000.0
                                    << u"compression ratio exceeds 1000:1"_s;
        QTest::newRow("gzip-ratio-500") << u"gzip"_s << qint64(64) * 1024 * 1024 * 1024 << 500.0
                                        << u"compression ratio exceeds 500:1"_s;
    }

    void bomb()
    {
        QFETCH(QString, tool);
        QFETCH(qint64, maxOutput);
        QFETCH(double, maxRatio);
        QFETCH(QString, message);
        OOMLENS_REQUIRE_TOOL(tool);
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        // Fastest level, except for gzip whose -1 manages only ~230:1 on zeros.
        const QByteArray compressed =
            runTool(tool, {u"-c"_s, tool == u"gzip"_s ? u"-6"_s : u"-1"_s}, zeros);
        QVERIFY(!compressed.isEmpty());

        MemoryStream source(compressed);
        QString error;
        DecompressionLimits limits;
        limits.maxOutputBytes = maxOutput;
        limits.maxRatio = maxRatio;
        auto stream = DecompressStream::open(source, sniffContent(compressed), limits, &error);
        QVERIFY(stream);
        readAll(*stream, &error, 1024 * 1024);
        QCOMPARE(error, message);
        QVERIFY(stream->decompressedBytes() <= maxOutput);
    }

    void smallRepetitiveLogIsNoBomb()
    {
        // 8 MiB of one repeated line compresses beyond 1000:1 but stays under the grace size.
        OOMLENS_REQUIRE_TOOL(u"xz"_s);
        QByteArray original;
        while (original.size() < 8 * 1024 * 1024)
            original += "[    1.000000] same line again\n";
        const QByteArray compressed = runTool(u"xz"_s, {u"-c"_s, u"-9"_s}, original);
        QVERIFY(double(original.size()) / double(compressed.size()) > 1000.0);
        MemoryStream source(compressed);
        QString error;
        auto stream = DecompressStream::open(source, ContentKind::Xz, {}, &error);
        QVERIFY(stream);
        QCOMPARE(readAll(*stream, &error).size(), original.size());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DecompressStream)
#include "tst_decompressstream.moc"
