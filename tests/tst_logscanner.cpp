// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// LogScanner: the SIMD anchor search against a naive search, the window feeder against a
// line-by-line reference of the same rule (every buffer boundary, CRLF, missing final
// newline, a 10 MB line), and scanStream() against feeding the LogParser every line, on the
// corpus (tests/data/reports) and on logs built from it.

#include "sources/input/bytestream.h"
#include "sources/scan/anchorsearch.h"
#include "sources/scan/logscanner.h"
#include "sources/scan/scanpipeline.h"

#include "core/parse/pipeline/logparser.h"
#include "core/report/jsonreport.h"
#include "helpers/sessionfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using namespace oom;

Q_DECLARE_METATYPE(oom::AnchorSearch::Engine)

namespace {

using Engine = AnchorSearch::Engine;

const QList<QByteArrayView> TestAnchors{
    "oom",         "OOM",         "ill process",        "emory",
    "Mem-Info",    "Mem-info",    "allocation failure", "nohang",
    "sending SIG", "Tasks state", "lowmem_reserve",     "pid ]"};

QTestData &newRow(const QByteArray &name)
{
    return QTest::newRow(name.constData());
}

QString engineName(Engine engine)
{
    switch (engine) {
    case Engine::Auto: return u"auto"_s;
    case Engine::Scalar: return u"scalar"_s;
    case Engine::Ssse3: return u"ssse3"_s;
    case Engine::Avx2: return u"avx2"_s;
    }
    return {};
}

const QList<Engine> AllEngines{Engine::Scalar, Engine::Ssse3, Engine::Avx2};

// Reads a byte array in pieces of random size, like a decompressor.
class MemoryStream : public ByteStream
{
public:
    MemoryStream(QByteArray data, quint32 seed, qint64 maxPiece = 1 << 16)
        : m_data(std::move(data))
        , m_random(seed)
        , m_maxPiece(maxPiece)
    {
    }
    qint64 read(char *buffer, qint64 maxSize) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt)
            return -1;
        qint64 n =
            std::min<qint64>({maxSize, m_data.size() - m_pos, 1 + m_random.bounded(m_maxPiece)});
        if (m_failAt >= 0)
            n = std::min(n, m_failAt - m_pos);
        std::memcpy(buffer, m_data.constData() + m_pos, std::size_t(n));
        m_pos += n;
        return n;
    }
    QString errorString() const override { return u"simulated read error"_s; }
    void failAt(qint64 offset) { m_failAt = offset; }

private:
    QByteArray m_data;
    QRandomGenerator m_random;
    qint64 m_maxPiece;
    qint64 m_pos = 0;
    qint64 m_failAt = -1;
};

// A plain file the scanner may pread() in parallel.
class TempFileStream : public ByteStream
{
public:
    explicit TempFileStream(const QByteArray &data)
    {
        QVERIFY(m_file.open());
        QCOMPARE(m_file.write(data), data.size());
        QVERIFY(m_file.flush());
        m_size = data.size();
    }
    qint64 read(char *, qint64) override { return -1; } // the scanner must use pread()
    QString errorString() const override { return u"read() called on a pread() stream"_s; }
    std::optional<qint64> size() const override { return m_size; }
    int fileDescriptor() const override { return int(m_file.handle()); }

private:
    QTemporaryFile m_file;
    qint64 m_size = 0;
};

// Records what the scanner feeds. It "wants context" after a line ending in "\\", so that
// the rule "go on while the parser wants context" is exercised.
class RecordingSink : public LineSink
{
public:
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        QByteArray entry = QByteArray::number(lineNumber) + ':';
        if (line.size() > 256)
            entry += "len=" + QByteArray::number(line.size())
                + " md5=" + QCryptographicHash::hash(line, QCryptographicHash::Md5).toHex();
        else
            entry += line;
        log.append(entry);
        m_wants = line.endsWith('\\');
    }
    void addGap() override { log.append("GAP"_ba); }
    bool wantsContext() const override { return m_wants; }

    QList<QByteArray> log;

private:
    bool m_wants = false;
};

// The rule, line by line over the whole input: what the scanner must produce.
QList<QByteArray> referenceFeed(const QByteArray &input, const WindowOptions &options,
                                qint64 *lineCount = nullptr)
{
    QList<QByteArray> lines = input.split('\n');
    if (lines.last().isEmpty())
        lines.removeLast(); // text after the last '\n' is a line only if not empty
    const auto isHit = [](const QByteArray &line) {
        return std::any_of(TestAnchors.begin(), TestAnchors.end(), [&](QByteArrayView anchor) {
            return line.contains(anchor);
        });
    };
    RecordingSink sink;
    const auto feed = [&](qint64 number) {
        QByteArray line = lines[number - 1];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > options.maxLineBytes)
            line.truncate(options.maxLineBytes);
        sink.addLine(line, number);
    };
    qint64 lastFed = 0, feedTo = 0;
    bool inWindow = false;
    for (qint64 number = 1; number <= lines.size(); ++number) {
        if (inWindow && (number <= feedTo || sink.wantsContext())) {
            feed(number);
            lastFed = number;
            if (isHit(lines[number - 1]))
                feedTo = std::max(feedTo, number + options.lookaheadLines);
            continue;
        }
        inWindow = false;
        if (!isHit(lines[number - 1]))
            continue;
        const qint64 start = std::max(number - options.lookbackLines, lastFed + 1);
        if (lastFed > 0 && start > lastFed + 1)
            sink.addGap();
        for (qint64 n = start; n <= number; ++n)
            feed(n);
        lastFed = number;
        feedTo = std::max(feedTo, number + options.lookaheadLines);
        inWindow = true;
    }
    if (lineCount)
        *lineCount = lines.size();
    return sink.log;
}

QList<QByteArray> scannerFeed(ByteStream &stream, const ScanTuning &tuning,
                              ScanResult *result = nullptr)
{
    RecordingSink sink;
    const ScanResult scan = scanToSink(stream, sink, TestAnchors, tuning);
    if (result)
        *result = scan;
    return sink.log;
}

// Random lines from pieces that hit, almost hit, continue, or break things.
QByteArray randomLog(quint32 seed, int lineCount)
{
    static const QList<QByteArray> pieces{
        "kernel: plain text",
        "systemd[1]: Started session",
        "python3 invoked oom-killer: gfp_mask=0xcc0",
        "Out of memory",
        "OOM",
        "oo",
        "emor",
        "Mem-Inf",
        "Mem-Info:",
        "continued \\",
        "sending SIG",
        "sending SI",
        "[  pid  ]   uid",
        "lowmem_reserve[]: 0 0",
        "\r",
        "a\rb",
        QByteArray("nul\0byte", 8),
        "",
        "   indented",
        "Tasks state (memory values in pages):",
        "mmmmmmmmmmmmmmmmmmmm",
    };
    QRandomGenerator random(seed);
    QByteArray out;
    for (int i = 0; i < lineCount; ++i) {
        const int parts = int(random.bounded(4));
        for (int p = 0; p < parts; ++p) {
            // Mostly filler, so that windows open and close.
            if (random.bounded(6) == 0)
                out += pieces[random.bounded(pieces.size())];
            else
                out += "filler text for line " + QByteArray::number(i);
            out += ' ';
        }
        if (random.bounded(40) == 0)
            out += QByteArray(int(random.bounded(5000)), 'x');
        if (random.bounded(8) == 0)
            out += '\r';
        out += '\n';
    }
    if (random.bounded(2) == 0 && !out.isEmpty())
        out.chop(1); // no final newline
    return out;
}

QJsonArray eventsJson(const QList<OomEvent> &events)
{
    QJsonArray array;
    for (const OomEvent &event : events)
        array.append(testing::incidentJson(event));
    return array;
}

QJsonArray parseAllLines(const QByteArray &input, const QString &path)
{
    LogParser parser(path);
    qint64 number = 0;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = input.size();
        QByteArrayView line(input.constData() + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        parser.addLine(line.first(std::min<qsizetype>(line.size(), 1 << 20)), ++number);
        start = end + 1;
    }
    parser.finish();
    return eventsJson(parser.takeEvents());
}

QStringList corpusFiles()
{
    const QDir dir(QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports"));
    QStringList files;
    for (const QString &name : dir.entryList({u"*.log"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestLogScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchMatchesNaive_data();
    void searchMatchesNaive();
    void countNewlines_data();
    void countNewlines();

    void windows_data();
    void windows();
    void sameAsReference_data();
    void sameAsReference();
    void longLine_data();
    void longLine();
    void readErrorKeepsWhatWasRead();
    void cancel();

    void sameEventsAsFeedingEveryLine_data();
    void sameEventsAsFeedingEveryLine();
    void scanStreamCountsAndFinishes();
};

void TestLogScanner::searchMatchesNaive_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QList<QByteArray>>("needles");
    QTest::addColumn<quint32>("seed");

    QList<QByteArray> anchors;
    for (QByteArrayView anchor : TestAnchors)
        anchors.append(anchor.toByteArray());
    const QList<QByteArray> shortNeedles{"a", "oo", "\t\t", "zz"};
    const QList<QByteArray> twoBytes{"ab", "ba", "xy", "\0\0"_ba};
    QList<QByteArray> many; // more needles than Teddy's 8 buckets, with shared prefixes
    for (int i = 0; i < 20; ++i)
        many.append("ne" + QByteArray::number(i * 7) + "dl");
    for (Engine engine : AllEngines) {
        const QByteArray name = engineName(engine).toLatin1();
        newRow(name + " anchors") << engine << anchors << 1u;
        newRow(name + " anchors other seed") << engine << anchors << 2u;
        newRow(name + " one- and two-byte needles") << engine << shortNeedles << 3u;
        newRow(name + " two-byte needles with NUL") << engine << twoBytes << 4u;
        newRow(name + " twenty needles") << engine << many << 5u;
    }
}

void TestLogScanner::searchMatchesNaive()
{
    QFETCH(Engine, engine);
    QFETCH(QList<QByteArray>, needles);
    QFETCH(quint32, seed);
    if (!AnchorSearch::isSupported(engine))
        QSKIP("This CPU lacks the instruction set of this engine");

    QList<QByteArrayView> views(needles.begin(), needles.end());
    const AnchorSearch search(views, engine);
    QCOMPARE(search.engine(), engine);

    // Text over a small alphabet made of the needles' own bytes, so partial matches abound;
    // every needle planted at every alignment 0..63 of a 64-byte block, and at both ends.
    QByteArray alphabet;
    for (const QByteArray &needle : needles)
        alphabet += needle;
    alphabet += " \n";
    QRandomGenerator random(seed);
    QByteArray text(96 * 64 * needles.size() + 64, '\0');
    for (char &c : text)
        c = alphabet[random.bounded(alphabet.size())];
    for (int i = 0; i < needles.size(); ++i) {
        for (int align = 0; align < 64; ++align)
            text.replace(96 * (i * 64 + align) + 64 + align, needles[i].size(), needles[i]);
    }
    text.replace(0, needles[0].size(), needles[0]);
    text.replace(text.size() - needles.last().size(), needles.last().size(), needles.last());

    // Naive: every needle at every position of the whole text.
    std::vector<AnchorSearch::Match> everywhere;
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        for (int n = 0; n < needles.size(); ++n) {
            if (text[pos] == needles[n][0] && text.size() - pos >= needles[n].size()
                && std::memcmp(text.constData() + pos, needles[n].constData(),
                               std::size_t(needles[n].size()))
                    == 0)
                everywhere.push_back({pos, n});
        }
    }
    QVERIFY(everywhere.size() >= std::size_t(needles.size()) * 64);

    const auto check = [&](qsizetype from, qsizetype to) {
        std::vector<AnchorSearch::Match> found;
        search.findAll(text.constData() + from, text.constData() + to, found);
        std::vector<AnchorSearch::Match> expected;
        auto it = std::lower_bound(everywhere.begin(), everywhere.end(), from,
                                   [](const AnchorSearch::Match &m, qsizetype pos) {
                                       return m.position < pos;
                                   });
        for (; it != everywhere.end() && it->position < to; ++it) {
            if (it->position + needles[it->needle].size() <= to)
                expected.push_back({it->position - from, it->needle});
        }
        QCOMPARE(found.size(), expected.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            QCOMPARE(found[i].position, expected[i].position);
            QCOMPARE(found[i].needle, expected[i].needle);
        }
    };
    check(0, text.size());
    // Every start and end alignment of a shorter range, so that the SIMD loop's head and
    // its scalar tail both vary.
    for (qsizetype head = 0; head < 66; ++head) {
        for (qsizetype tail : {0, 1, 2, 3, 17, 31, 32, 33, 63, 64, 65})
            check(4096 + head, 4096 + 1500 - tail);
    }
}

void TestLogScanner::countNewlines_data()
{
    QTest::addColumn<Engine>("engine");
    for (Engine engine : AllEngines)
        newRow(engineName(engine).toLatin1()) << engine;
}

void TestLogScanner::countNewlines()
{
    QFETCH(Engine, engine);
    if (!AnchorSearch::isSupported(engine))
        QSKIP("This CPU lacks the instruction set of this engine");
    QRandomGenerator random(7);
    // Long runs of '\n' test the byte counters' overflow handling.
    QByteArray text(200000, '\n');
    for (qsizetype i = 100000; i < text.size(); ++i)
        text[i] = random.bounded(3) == 0 ? '\n' : char(random.bounded(256));
    for (int head = 0; head < 40; head += 7) {
        for (qsizetype length :
             {qsizetype(0), qsizetype(1), qsizetype(31), qsizetype(64), qsizetype(65),
              qsizetype(1000), qsizetype(40000), qsizetype(199000)}) {
            const char *begin = text.constData() + head;
            const qint64 expected = std::count(begin, begin + length, '\n');
            QCOMPARE(AnchorSearch::countNewlines(begin, begin + length, engine), expected);
        }
    }
}

// Explicit windows, to pin down the rule the reference implements.
void TestLogScanner::windows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("lookback");
    QTest::addColumn<int>("lookahead");
    QTest::addColumn<QByteArray>("expected"); // fed line numbers, "|" for a gap

    const auto numbered = [](int count, QList<int> anchorLines, QList<int> continuedLines = {}) {
        QByteArray out;
        for (int n = 1; n <= count; ++n) {
            out += "line " + QByteArray::number(n);
            if (anchorLines.contains(n))
                out += " oom";
            if (continuedLines.contains(n))
                out += " \\";
            out += '\n';
        }
        return out;
    };
    newRow("anchor in the middle") << numbered(20, {10}) << 3 << 2 << "7 8 9 10 11 12"_ba;
    newRow("anchor on the first line") << numbered(20, {1}) << 3 << 2 << "1 2 3"_ba;
    newRow("anchor on the last line") << numbered(20, {20}) << 3 << 2 << "17 18 19 20"_ba;
    newRow("two windows with a gap")
        << numbered(30, {5, 20}) << 2 << 2 << "3 4 5 6 7 | 18 19 20 21 22"_ba;
    newRow("adjacent windows, no gap")
        << numbered(30, {5, 10}) << 2 << 2 << "3 4 5 6 7 8 9 10 11 12"_ba;
    newRow("overlapping windows merge")
        << numbered(30, {5, 7}) << 3 << 3 << "2 3 4 5 6 7 8 9 10"_ba;
    newRow("lookback stops at the last fed line")
        << numbered(30, {5, 9}) << 5 << 1 << "1 2 3 4 5 6 7 8 9 10"_ba;
    newRow("context wanted past the window")
        << numbered(30, {5}, {7, 8}) << 1 << 2 << "4 5 6 7 8 9"_ba;
    newRow("no anchor") << numbered(30, {}) << 3 << 3 << ""_ba;
    newRow("empty input") << QByteArray() << 3 << 3 << ""_ba;
    newRow("anchor on a last line without newline")
        << "a\nb\nc\nthe oom"_ba << 2 << 2 << "2 3 4"_ba;
    newRow("CRLF lines") << "a\r\nb\r\nc oom\r\nd\r\n"_ba << 1 << 1 << "2 3 4"_ba;
    newRow("only newlines") << "\n\n\n"_ba << 1 << 1 << ""_ba;
}

void TestLogScanner::windows()
{
    QFETCH(QByteArray, input);
    QFETCH(int, lookback);
    QFETCH(int, lookahead);
    QFETCH(QByteArray, expected);

    WindowOptions options;
    options.lookbackLines = lookback;
    options.lookaheadLines = lookahead;
    QByteArray got;
    for (const QByteArray &entry : referenceFeed(input, options))
        got += (entry == "GAP" ? "|"_ba : entry.left(entry.indexOf(':'))) + ' ';
    QCOMPARE(got.trimmed(), expected);

    // The scanner, with a 5-byte buffer, agrees.
    ScanTuning tuning;
    tuning.window = options;
    tuning.chunkBytes = 5;
    MemoryStream stream(input, 1);
    QCOMPARE(scannerFeed(stream, tuning), referenceFeed(input, options));
}

void TestLogScanner::sameAsReference_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("chunkBytes");
    QTest::addColumn<bool>("file");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<int>("lookback");

    // Buffer sizes from 1 byte (every boundary cuts a line, an anchor and "\r\n") to many
    // lines per buffer, read as a stream and as a pread() file, with each engine.
    int seed = 0;
    for (qint64 chunk : {1, 2, 3, 7, 16, 61, 64, 257, 4096, 1 << 20}) {
        for (bool file : {false, true}) {
            for (Engine engine : AllEngines) {
                if (!AnchorSearch::isSupported(engine))
                    continue;
                ++seed;
                const int lines = chunk < 16 ? 120 : 600;
                const QByteArray name = "chunk " + QByteArray::number(chunk)
                    + (file ? " file " : " stream ") + engineName(engine).toLatin1();
                newRow(name + " lookback 3")
                    << randomLog(quint32(seed), lines) << chunk << file << engine << 3;
                newRow(name + " lookback 64")
                    << randomLog(quint32(seed + 1000), lines) << chunk << file << engine << 64;
            }
        }
    }
    // Anchors exactly at the boundaries of 64-byte buffers: a needle split at every
    // possible byte, and an anchor line that starts or ends at a boundary.
    QByteArray boundaries;
    for (int split = 0; split <= 12; ++split) {
        QByteArray filler(64 - (boundaries.size() % 64) - split, 'f');
        if (filler.size() < 2)
            filler += QByteArray(64, 'f');
        filler[filler.size() - 1] = '\n';
        boundaries += filler + "ill process 1\nx\ny\n";
    }
    newRow("needles cut by the boundary") << boundaries << qint64(64) << false << Engine::Auto << 1;
    newRow("needles cut by the boundary, file")
        << boundaries << qint64(64) << true << Engine::Auto << 1;
    newRow("NUL bytes are ordinary")
        << QByteArray("a\0b\noom\0\nc\0\n\0", 14) << qint64(3) << false << Engine::Auto << 1;
    newRow("CR at a boundary") << "aaa\r\nbbb oom\r\nccc\r\n"_ba << qint64(4) << false
                               << Engine::Auto << 1;
}

void TestLogScanner::sameAsReference()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, chunkBytes);
    QFETCH(bool, file);
    QFETCH(Engine, engine);
    QFETCH(int, lookback);

    ScanTuning tuning;
    tuning.chunkBytes = chunkBytes;
    tuning.engine = engine;
    tuning.window.lookbackLines = lookback;
    tuning.window.lookaheadLines = 5;
    qint64 lines = 0;
    const QList<QByteArray> expected = referenceFeed(input, tuning.window, &lines);

    ScanResult result;
    QList<QByteArray> got;
    if (file) {
        TempFileStream stream(input);
        got = scannerFeed(stream, tuning, &result);
    } else {
        MemoryStream stream(input, quint32(chunkBytes), 3 * chunkBytes);
        got = scannerFeed(stream, tuning, &result);
    }
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.stats.bytes, input.size());
    QCOMPARE(result.stats.lines, lines);
    QCOMPARE(got, expected);
}

void TestLogScanner::longLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("chunkBytes");

    const QByteArray huge(10 * 1000 * 1000, 'x');
    QByteArray anchoredHuge = huge;
    anchoredHuge.replace(5000000, 3, "oom");
    QByteArray exact(1 << 20, 'y');
    newRow("10 MB line before an anchor") << "a\n" + huge + "\nthe oom\nb\n" << qint64(64 << 10);
    newRow("10 MB line after an anchor") << "oom\n" + huge + "\nb\n" << qint64(64 << 10);
    newRow("anchor inside a 10 MB line") << "a\n" + anchoredHuge + "\nb\n" << qint64(1 << 20);
    newRow("10 MB last line without newline") << "oom\n" + huge << qint64(4 << 20);
    newRow("10 MB line, 4 MiB buffers") << "a\n" + huge + "\r\nOOM\n" << qint64(4 << 20);
    newRow("1 MiB line plus CR") << "oom\n" + exact + "\r\nz\n" << qint64(100000);
    newRow("1 MiB + 1 line") << "oom\n" + exact + "y\nz\n" << qint64(100000);
}

void TestLogScanner::longLine()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, chunkBytes);
    ScanTuning tuning;
    tuning.chunkBytes = chunkBytes;
    qint64 lines = 0;
    const QList<QByteArray> expected = referenceFeed(input, tuning.window, &lines);
    QVERIFY(!expected.isEmpty());
    for (bool file : {false, true}) {
        ScanResult result;
        QList<QByteArray> got;
        if (file) {
            TempFileStream stream(input);
            got = scannerFeed(stream, tuning, &result);
        } else {
            MemoryStream stream(input, 9, 1 << 20);
            got = scannerFeed(stream, tuning, &result);
        }
        QCOMPARE(result.stats.lines, lines);
        QCOMPARE(got, expected);
    }
}

void TestLogScanner::readErrorKeepsWhatWasRead()
{
    const QByteArray input = "a\nb oom\nc\n" + QByteArray(100, 'd') + "\nlate oom\n";
    MemoryStream stream(input, 3, 4);
    stream.failAt(20);
    ScanTuning tuning;
    tuning.chunkBytes = 8;
    ScanResult result;
    const QList<QByteArray> got = scannerFeed(stream, tuning, &result);
    QCOMPARE(result.error, u"simulated read error"_s);
    QCOMPARE(result.stats.bytes, 20);
    QVERIFY(got.contains("2:b oom"_ba));
    QVERIFY(!got.contains("5:late oom"_ba));
}

void TestLogScanner::cancel()
{
    QByteArray input;
    for (int i = 0; i < 10000; ++i)
        input += "line oom " + QByteArray::number(i) + '\n';
    for (bool file : {false, true}) {
        std::atomic_bool cancelled = false;
        ScanTuning tuning;
        tuning.chunkBytes = 1000;
        RecordingSink sink;
        std::unique_ptr<ByteStream> stream;
        if (file)
            stream = std::make_unique<TempFileStream>(input);
        else
            stream = std::make_unique<MemoryStream>(input, 1);
        int calls = 0;
        const ScanResult result =
            scanToSink(*stream, sink, TestAnchors, tuning, &cancelled, [&](qint64) {
                if (++calls == 3)
                    cancelled = true;
            });
        QCOMPARE(result.error, u"Cancelled"_s);
        QCOMPARE(result.stats.bytes, 3000);
    }
}

void TestLogScanner::sameEventsAsFeedingEveryLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("chunkBytes");

    const QStringList files = corpusFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &path : files) {
        const QByteArray name = QFileInfo(path).completeBaseName().left(40).toLatin1();
        const QByteArray text = readFile(path);
        newRow(name + " 4 MiB") << text << qint64(4 << 20);
        newRow(name + " 97 B") << text << qint64(97);
    }

    // Generated logs: corpus reports between runs of ordinary syslog lines (some with
    // "memory" in them), close enough that windows meet and far enough for gaps.
    QRandomGenerator random(42);
    for (int variant = 0; variant < 4; ++variant) {
        QByteArray log;
        for (int part = 0; part < 8; ++part) {
            const int filler = int(random.bounded(variant % 2 ? 30 : 400));
            for (int i = 0; i < filler; ++i) {
                log += "Mar  3 06:25:" + QByteArray::number(10 + i % 50) + " web01 sshd["
                    + QByteArray::number(i) + "]: session closed for user deploy\n";
                if (random.bounded(50) == 0)
                    log += "Mar  3 06:25:11 web01 php-fpm[7]: Allowed memory size exhausted\n";
            }
            log += readFile(files[random.bounded(files.size())]);
            if (!log.endsWith('\n'))
                log += '\n';
        }
        for (qint64 chunk : {qint64(64), qint64(1000), qint64(4 << 20)})
            newRow("generated " + QByteArray::number(variant) + " chunk "
                   + QByteArray::number(chunk))
                << log << chunk;
    }

    // A unit result on the line right after the report, then more than EventQueue::HoldLines
    // (2000) lines without an anchor. Fed every line, the parser used to release the kernel
    // event one line before it linked the unit result to it, so the result became an event
    // of its own; the scanner jumps over the filler and both happen on the same addLine().
    // (Found with oomlens-scanbench --all-lines on the oomlens-loggen log.)
    QByteArray unitAfterReport =
        "Mar  3 07:59:39 web01 kernel: [266112.421715] java invoked oom-killer: "
        "gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0\n"
        "Mar  3 07:59:39 web01 kernel: [266112.421715] CPU: 1 PID: 911534 Comm: java Not tainted "
        "6.1.0-18-amd64 #1  Debian 6.1.76-1\n"
        "Mar  3 07:59:39 web01 kernel: [266112.421715] "
        "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/"
        ",mems_allowed=0,global_oom,task_memcg=/system.slice/"
        "batch.service,task=java,pid=911534,uid=1000\n"
        "Mar  3 07:59:39 web01 kernel: [266112.421715] Out of memory: Killed process 911534 (java) "
        "total-vm:8213484kB, anon-rss:7868160kB, file-rss:0kB, shmem-rss:0kB, UID:1000 "
        "pgtables:15688kB oom_score_adj:0\n"
        "Mar  3 07:59:39 web01 kernel: [266112.443967] oom_reaper: reaped process 911534 (java), "
        "now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB\n"
        "Mar  3 07:59:39 web01 systemd[1]: batch.service: A process of this unit has been killed "
        "by the OOM killer.\n"
        "Mar  3 07:59:39 web01 systemd[1]: batch.service: Main process exited, code=killed, "
        "status=9/KILL\n"
        "Mar  3 07:59:39 web01 systemd[1]: batch.service: Failed with result 'oom-kill'.\n"_ba;
    for (int i = 0; i < 2100; ++i)
        unitAfterReport += "Mar  3 07:59:40 web01 sshd[" + QByteArray::number(i)
            + "]: Connection closed by 10.0.0.1\n";
    newRow("unit result, then 2000+ lines without anchors") << unitAfterReport << qint64(4 << 20);
}

void TestLogScanner::sameEventsAsFeedingEveryLine()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, chunkBytes);
    const QString path = u"test.log"_s;
    const QJsonArray expected = parseAllLines(input, path);

    ScanTuning tuning;
    tuning.chunkBytes = chunkBytes;
    tuning.window.lookbackLines = AnchorWindowLines;
    tuning.window.lookaheadLines = AnchorWindowLines;
    for (bool file : {false, true}) {
        LogParser parser(path);
        std::unique_ptr<ByteStream> stream;
        if (file)
            stream = std::make_unique<TempFileStream>(input);
        else
            stream = std::make_unique<MemoryStream>(input, 5, 1 << 12);
        class Sink : public LineSink
        {
        public:
            explicit Sink(LogParser &p)
                : parser(p)
            {
            }
            void addLine(QByteArrayView line, qint64 number) override
            {
                parser.addLine(line, number);
            }
            void addGap() override { parser.addGap(); }
            bool wantsContext() const override { return parser.wantsContext(); }
            LogParser &parser;
        } sink(parser);
        const ScanResult result = scanToSink(*stream, sink, eventAnchors(), tuning);
        QVERIFY(result.error.isEmpty());
        parser.finish();
        const QJsonArray got = eventsJson(parser.takeEvents());
        if (got != expected) {
            qWarning().noquote() << "feed-all:" << QJsonDocument(expected).toJson();
            qWarning().noquote() << "scanner:" << QJsonDocument(got).toJson();
        }
        QVERIFY2(got == expected,
                 qPrintable(u"scanner: %1 events, every line: %2 events"_s.arg(got.size())
                                .arg(expected.size())));
    }
}

void TestLogScanner::scanStreamCountsAndFinishes()
{
    // The public entry point: its own anchors and windows, and it calls finish().
    const QByteArray input = readFile(corpusFiles().constFirst()) + "\nlast line without newline";
    MemoryStream stream(input, 11);
    LogParser parser(u"test.log"_s);
    const ScanResult result = scanStream(stream, parser);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.stats.bytes, input.size());
    QCOMPARE(result.stats.lines, input.count('\n') + 1);
    QCOMPARE(eventsJson(parser.takeEvents()), parseAllLines(input, u"test.log"_s));
}

QTEST_GUILESS_MAIN(TestLogScanner)
#include "tst_logscanner.moc"
