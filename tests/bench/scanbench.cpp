// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// oomlens-scanbench: runs the LogScanner and the LogParser over one file (plain, or
// compressed in any format the sources read) and prints what it fed and found, so that the
// scanner's and the parser's shares of `oomlens-cli analyze` can be told apart.
//
//   oomlens-scanbench [--scanner-only | --drain | --all-lines] [--dump EVENTS.json] [--anchors
//   A,B,...] [--sequential] [--threads N]
//                     [--engine scalar|ssse3|avx2] FILE
//
// It prints a digest of the events' JSON (--dump writes the JSON): --all-lines feeds the
// parser every line instead of the scanner's windows, and must give the same events;
// --anchors replaces the parser's eventAnchors(), to weigh another set.
// --scanner-only feeds a sink that drops every line (no parser); --drain only reads the
// (decompressed) stream, to tell the decompressor's share; --sequential reads a plain file
// through read() in one thread, as a decompressed stream is read.

#include "sources/input/contentsniffer.h"
#include "sources/input/decompressstream.h"
#include "sources/input/filestream.h"
#include "sources/input/linereader.h"
#include "sources/scan/scanpipeline.h"

#include "core/parse/pipeline/logparser.h"
#include "core/report/jsonreport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>
#include <memory>

using namespace oom;

namespace {

class CountingSink : public LineSink
{
public:
    explicit CountingSink(LogParser *parser)
        : m_parser(parser)
    {
    }
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        ++lines;
        if (m_parser)
            m_parser->addLine(line, lineNumber);
    }
    void addGap() override
    {
        ++gaps;
        if (m_parser)
            m_parser->addGap();
    }
    bool wantsContext() const override { return m_parser && m_parser->wantsContext(); }

    qint64 lines = 0;
    qint64 gaps = 0;

private:
    LogParser *m_parser;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "oomlens-scanbench: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ScanTuning tuning;
    tuning.window.lookbackLines = AnchorWindowLines;
    tuning.window.lookaheadLines = AnchorWindowLines;
    bool scannerOnly = false;
    bool drain = false;
    bool allLines = false;
    QString dumpPath;
    QList<QByteArray> customAnchors; // --anchors: try another anchor set (results may differ)
    QString path;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--scanner-only"))
            scannerOnly = true;
        else if (arg == QLatin1String("--all-lines"))
            allLines = true;
        else if (arg == QLatin1String("--anchors") && !args.isEmpty())
            customAnchors = args.takeFirst().toUtf8().split(',');
        else if (arg == QLatin1String("--dump") && !args.isEmpty())
            dumpPath = args.takeFirst();
        else if (arg == QLatin1String("--drain"))
            drain = true;
        else if (arg == QLatin1String("--sequential"))
            tuning.parallelFileRead = false;
        else if (arg == QLatin1String("--threads") && !args.isEmpty())
            tuning.threads = args.takeFirst().toInt();
        else if (arg == QLatin1String("--engine") && !args.isEmpty()) {
            const QString engine = args.takeFirst();
            tuning.engine = engine == QLatin1String("scalar") ? AnchorSearch::Engine::Scalar
                : engine == QLatin1String("ssse3")            ? AnchorSearch::Engine::Ssse3
                                                              : AnchorSearch::Engine::Avx2;
        } else if (path.isEmpty() && !arg.startsWith(QLatin1Char('-')))
            path = arg;
        else
            return fail(QStringLiteral("usage: oomlens-scanbench [--scanner-only | --drain | --all-lines] [--dump EVENTS.json] [--anchors A,B,...] [--sequential] [--threads N] "
                                       "[--engine scalar|ssse3|avx2] FILE"));
    }
    if (path.isEmpty())
        return fail(QStringLiteral("no file given"));

    QString error;
    std::unique_ptr<FileStream> file = FileStream::open(path, &error);
    if (!file)
        return fail(path + QStringLiteral(": ") + error);
    const ContentKind kind = sniffContent(file->sampleAt(0, SniffBytes));
    std::unique_ptr<DecompressStream> inflated;
    ByteStream *stream = file.get();
    if (isCompression(kind)) {
        inflated = DecompressStream::open(*file, kind, DecompressionLimits{}, &error);
        if (!inflated)
            return fail(path + QStringLiteral(": ") + error);
        stream = inflated.get();
    }

    QElapsedTimer timer;
    timer.start();
    if (drain) {
        const auto buffer = std::make_unique_for_overwrite<char[]>(std::size_t(tuning.chunkBytes));
        qint64 total = 0;
        for (qint64 n; (n = stream->read(buffer.get(), tuning.chunkBytes)) > 0;)
            total += n;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("%s: read %lld bytes, %.3f s, %.2f GB/s\n", qPrintable(path),
                    static_cast<long long>(total), seconds, double(total) / seconds / 1e9);
        return 0;
    }
    LogParser parser(path);
    CountingSink sink(scannerOnly ? nullptr : &parser);
    ScanResult result;
    if (allLines) {
        // The reference: every line, no scanner.
        LineReader reader(*stream);
        QByteArrayView line;
        while (reader.next(&line))
            sink.addLine(line, reader.lineNumber());
        result.stats = {reader.bytesRead(), reader.lineNumber()};
        if (reader.failed())
            result.error = reader.errorString();
    } else {
        QList<QByteArrayView> anchors = eventAnchors();
        if (!customAnchors.isEmpty())
            anchors = QList<QByteArrayView>(customAnchors.begin(), customAnchors.end());
        result = scanToSink(*stream, sink, anchors, tuning);
    }
    parser.finish();
    QJsonArray events;
    IncidentBuilder incidents;
    for (const OomEvent &event : parser.takeEvents())
        events.append(incidentToJson(*incidents.add(event)));
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(events).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!dumpPath.isEmpty()) {
        QFile dump(dumpPath);
        if (!dump.open(QIODevice::WriteOnly) || dump.write(QJsonDocument(events).toJson()) < 0)
            return fail(dumpPath + QStringLiteral(": cannot write"));
    }
    std::printf(
        "%s: %lld bytes, %lld lines, fed %lld lines (%lld gaps), %lld events (digest %s), %.3f s, "
        "%.2f GB/s%s%s\n",
        qPrintable(path), static_cast<long long>(result.stats.bytes),
        static_cast<long long>(result.stats.lines), static_cast<long long>(sink.lines),
        static_cast<long long>(sink.gaps), static_cast<long long>(events.size()),
        digest.constData(), seconds, double(result.stats.bytes) / seconds / 1e9,
        result.error.isEmpty() ? "" : ", error: ", qPrintable(result.error));
    return result.error.isEmpty() ? 0 : 1;
}
